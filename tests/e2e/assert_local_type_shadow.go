package main

import "fmt"

type T string
type C int

func (C) M() T { return "hello" }

// A local type shadowing a package type of the same name is another type, also to the
// dynamic checks of assertions and type switches.
func main() {
	type T int
	var x interface{} = C(0)
	if i, ok := x.(interface{ M() T }); ok {
		fmt.Println("ok", i.M()+1)
	} else {
		fmt.Println("not implemented")
	}
	switch x.(type) {
	case interface{ M() T }:
		fmt.Println("wrong")
	default:
		fmt.Println("default")
	}
	_, ok := x.(interface{ M() main_T })
	fmt.Println(ok)
}

type main_T = T
