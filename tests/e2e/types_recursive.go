package main

import "fmt"

// Types that refer to themselves through signatures, directly or through an alias.
type B interface{ M() A }
type A = B

type F func(int) F

type N interface{ Next() N }

type C int

func (c C) M() A   { return c + 1 }
func (c C) Next() N { return c * 2 }

func main() {
	var b B = C(1)
	var f F
	f = func(n int) F {
		fmt.Println("f", n)
		return f
	}
	f(1)(2)
	fmt.Println(b.M().M(), N(C(3)).Next().Next())
}
