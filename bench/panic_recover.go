// Cost of a panic recovered one frame up: every call panics with an int
// and its own deferred closure recovers it.
package main

import "fmt"

func attempt(i int) (failed int) {
	defer func() {
		if recover() != nil {
			failed = 1
		}
	}()
	panic(i)
}

func main() {
	failures := 0
	for i := 0; i < 5000000; i++ {
		failures += attempt(i)
	}
	fmt.Println(failures)
}
