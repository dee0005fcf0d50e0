package main

import "fmt"

type Inner int

func (Inner) String() string { panic("inner") }

type V int

func (V) String() string { return "V:" + fmt.Sprint(Inner(1)) }

type T int

func (T) String() string { panic(V(2)) }

type H int

func (h H) String() string { panic(h) }

// A panic while fmt reports a panicking method is reported or re-raised as Go's catchPanic does.
func main() {
	fmt.Println(T(1))
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	fmt.Println(H(1))
}
