package main

import "fmt"

// A recovered value wrapped into a new value is a new panic: the chain shows both.
func main() {
	defer func() {
		r := recover()
		panic(fmt.Sprintf("wrapped: %v", r))
	}()
	panic("first")
}
