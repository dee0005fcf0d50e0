package main

import "fmt"

// Unbounded recursion: Go stops it at the 1 GB stack limit with a fatal error (not a panic:
// deferred calls do not run) and exit status 2.
func down(n int) int {
	return down(n+1) + 1
}

func main() {
	defer fmt.Println("not printed: a fatal error runs no deferred calls")
	fmt.Println("start")
	fmt.Println(down(0))
}
