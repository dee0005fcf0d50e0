package main

import "fmt"

// Closures created in a loop: 50 million, each capturing a loop variable that is never assigned
// after it is captured, and one captured variable that is.
func apply(f func(int) int, v int) int { return f(v) }

func main() {
	total := 0
	for i := 0; i < 50000000; i++ {
		k := i & 7
		total += apply(func(x int) int { return x + k }, i)
	}
	count := 0
	inc := func() { count++ }
	for i := 0; i < 1000; i++ {
		inc()
	}
	fmt.Println(total, count)
}
