package main

import "fmt"

// An uncaught runtime error three Go frames deep: after "goroutine 1 [running]:" the trace names
// each Go frame the panic passed through, innermost first.
func inner(n int) int {
	defer fmt.Println("inner defer")
	return 10 / n
}

func middle(n int) int { return inner(n) + 1 }

func main() {
	fmt.Println(middle(0))
}
