package main

import (
	"fmt"
	"sync"
)

func main() {
	defer fmt.Println("not printed: a fatal error runs no deferred calls")
	var m sync.Mutex
	m.Lock()
	m.Unlock()
	fmt.Println("unlocking again")
	m.Unlock()
}
