package main

import "fmt"

// `defer recover()` does not stop a panic: recover is not called by a deferred function.
func f() {
	defer fmt.Println("f defer")
	defer recover()
	panic("still panicking")
}

func main() {
	f()
	fmt.Println("unreached")
}
