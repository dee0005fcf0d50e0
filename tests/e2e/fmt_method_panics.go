package main

import (
	"errors"
	"fmt"
)

type E int

func (E) String() string { panic("boom") }

type D int

func (d D) Error() string {
	defer fmt.Println("deferred in Error")
	return fmt.Sprint(10 / int(d))
}

type G int

func (G) GoString() string { return "G!" }

type Said int

func (Said) Error() string { fmt.Println("in Error"); return "said" }

// fmt recovers a panic in String()/Error() and reports it in place of the value (catchPanic);
// %#v calls GoString().
func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(E(1), "after")
	fmt.Printf("[%5s|%d]\n", E(2), E(3))
	s := fmt.Sprintf("%v", D(0))
	fmt.Println(s, len(s))
	fmt.Println(fmt.Errorf("wrapped: %v", D(0)))
	fmt.Printf("%#v %v\n", G(1), G(2))
	fmt.Println(errors.New("x"))
	panic(Said(1))
}
