package main

import "fmt"

// Go 1.25+: re-panicking with the very value that was recovered shows one line,
// "[recovered, repanicked]", instead of the recovered panic and the new one.
func inner() {
	defer func() { panic("b") }()
	panic("a")
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("outer recovered", r)
		panic(r)
	}()
	defer func() {
		panic(recover())
	}()
	inner()
}
