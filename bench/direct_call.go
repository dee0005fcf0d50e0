// Baseline for defer_call.go: the same work with the call made directly.
package main

import "fmt"

var counter int

func bump() { counter++ }

//go:noinline
func work(i int) int {
	bump()
	return i & 3
}

func main() {
	total := 0
	for i := 0; i < 200000000; i++ {
		total += work(i)
	}
	fmt.Println(counter, total)
}
