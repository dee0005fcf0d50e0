package main

import (
	"fmt"
	"sync"
)

// A panic that no deferred call of its goroutine recovers ends the program with that goroutine's
// trace; main's deferred calls do not run.
func check(n int) {
	if n > 2 {
		panic(fmt.Sprintf("too many: %d", n))
	}
}

// Done is not deferred: main must not finish while the panic is reported (Go runs goroutines in
// parallel).
func worker(n int, wg *sync.WaitGroup) {
	check(n)
	wg.Done()
}

func main() {
	defer fmt.Println("not printed")
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, &wg)
	}
	wg.Wait()
}
