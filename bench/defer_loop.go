package main

import "fmt"

// Defers in a loop: each call of work defers one call per element (a chained defer each),
// 20 million deferred calls in all.
var total int

func add(k int) { total += k }

//go:noinline
func work(n int) {
	for i := 0; i < n; i++ {
		defer add(i)
	}
}

func main() {
	for i := 0; i < 2000000; i++ {
		work(10)
	}
	fmt.Println(total)
}
