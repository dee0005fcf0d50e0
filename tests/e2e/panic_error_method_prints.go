package main

import "fmt"

// What Error() prints while the uncaught panic is reported comes out before the report.
type Said int

func (s Said) Error() string {
	fmt.Println("in Error", int(s))
	return "said"
}

func main() {
	fmt.Println("start")
	panic(Said(1))
}
