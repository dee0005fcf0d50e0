package main

import "fmt"

// Unbounded recursion in a goroutine other than main: the same fatal error as on main's stack.
func down(n int) int {
	return down(n+1) + 1
}

func main() {
	done := make(chan int)
	go func() {
		defer fmt.Println("not printed: a fatal error runs no deferred calls")
		done <- down(0)
	}()
	fmt.Println("start")
	fmt.Println(<-done)
}
