// Cost of one defer: identical to direct_call.go except that work()
// increments the counter through a deferred call.
package main

import "fmt"

var counter int

func bump() { counter++ }

//go:noinline
func work(i int) int {
	defer bump()
	return i & 3
}

func main() {
	total := 0
	for i := 0; i < 200000000; i++ {
		total += work(i)
	}
	fmt.Println(counter, total)
}
