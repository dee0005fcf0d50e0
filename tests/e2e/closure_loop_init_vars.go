package main

import "fmt"

// A three-clause loop's init variables live from one iteration to the next (each iteration's
// copy starts from the previous one's): a closure or an address made in the body and kept in
// one of them must outlive the iteration that made it.
func main() {
	for i, f := 0, func() int { return -1 }; i < 3; i++ {
		x := i * 10
		g := func() int { return x }
		fmt.Println("closure", f())
		f = g
	}
	for i, p := 0, (*int)(nil); i < 3; i++ {
		y := i * 100
		if p != nil {
			fmt.Println("address", *p)
		}
		p = &y
	}
	for i, inc := 0, func() int { return 0 }; i < 3; i++ {
		n := 0
		step := func() int { n += i; return n }
		step()
		fmt.Println("counter", inc())
		inc = step
	}
}
