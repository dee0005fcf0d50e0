package main

import "fmt"

type I interface {
	fmt.Stringer
	String() string
}

type H func()

type T int

func (T) String() string { return "t" }

// An explicit method may repeat an embedded one; nil converts to a defined func type.
func main() {
	var i I = T(1)
	h := H(nil)
	fmt.Println(i, h == nil)
}
