package main

import "fmt"

// == on structs stops at the first difference, cheap fields first: an interface field holding
// a func is only compared (and panics) when everything else is equal.
type N struct {
	a int
	v interface{}
}

type P struct {
	k string
	v interface{}
}

func main() {
	f := func() {}
	fmt.Println(N{1, f} == N{2, f}, N{1, f} != N{2, f})
	fmt.Println(P{"f", f} == P{"g", f})
	fmt.Println(N{1, 2} == N{1, 2}, P{"x", "y"} == P{"x", "y"})
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(N{1, f} == N{1, f})
}
