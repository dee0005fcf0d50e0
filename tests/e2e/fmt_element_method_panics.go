// A String method of a slice element that panics (with a value whose Error panics too): the
// panic leaves fmt and reaches the caller's deferred recover, as in Go.
package main

import "fmt"

type Bad struct{}

func (Bad) Error() string { panic("inner") }

type S struct{}

func (S) String() string { panic(Bad{}) }

func main() {
	defer func() { fmt.Println("recovered", recover() != nil) }()
	defer fmt.Println("deferred runs")
	x := []S{{}}
	fmt.Println(x)
}
