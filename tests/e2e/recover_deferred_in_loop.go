package main

import "fmt"

// `defer recover()` in a loop of a function that is itself a deferred call of the panicking
// frame: the chained recover runs as f's deferred call and stops the panic, as in Go.
func f() {
	for i := 0; i < 1; i++ {
		defer recover()
	}
	fmt.Println("f")
}

func main() {
	defer f()
	panic("x")
}
