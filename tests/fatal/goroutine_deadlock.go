package main

import (
	"fmt"
	"sync"
)

// Every goroutine is blocked: Go's deadlock report, exit status 2.
func main() {
	var mu sync.Mutex
	results := make(chan int)
	mu.Lock()
	go func() {
		mu.Lock() // never unlocked
		results <- 1
	}()
	fmt.Println("waiting")
	fmt.Println(<-results)
}
