// Cost of unwinding: each panic passes through 20 frames, each with a
// defer, before a deferred closure at the top recovers it.
package main

import "fmt"

var unwound int

func descend(depth int) {
	defer func() { unwound++ }()
	if depth == 20 {
		panic("bottom")
	}
	descend(depth + 1)
}

func attempt() (failed int) {
	defer func() {
		if recover() != nil {
			failed = 1
		}
	}()
	descend(1)
	return 0
}

func main() {
	failures := 0
	for i := 0; i < 1000000; i++ {
		failures += attempt()
	}
	fmt.Println(failures, unwound)
}
