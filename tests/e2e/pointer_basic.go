// Checks basic pointers: &x of locals, new(T), *p read and write, p.f auto-dereference,
// &T{...} literals, pointer aliasing and nil pointer comparison.
package main

import "fmt"

type Point struct {
	X, Y int
}

func main() {
	x := 1
	p := &x
	*p = 5
	fmt.Println(x, *p)
	x++
	fmt.Println(*p)
	*p += 10
	fmt.Println(x)
	var ip *int
	fmt.Println(ip == nil)

	n := new(int)
	fmt.Println(*n)
	*n = 3
	fmt.Println(*n * 2)

	s := new(string)
	fmt.Printf("%q\n", *s)
	*s = "hello"
	fmt.Println(*s)

	pt := Point{1, 2}
	pp := &pt
	pp.X = 10
	(*pp).Y = 20
	fmt.Println(pt.X, pt.Y, pp.X, (*pp).Y)

	np := new(Point)
	np.Y = 7
	fmt.Println(np.X, np.Y)

	lp := &Point{X: 3}
	lp.Y = lp.X * 4
	fmt.Println(lp.X, lp.Y)

	// copying through a pointer gives a value copy
	cp := *lp
	cp.X = 100
	fmt.Println(lp.X, cp.X)

	var nilp *Point
	fmt.Println(nilp == nil, lp != nil, nilp != nil)
	alias := lp
	fmt.Println(alias == lp, np == lp)
	other := &Point{3, 12}
	fmt.Println(other == lp, *other == *lp)

}
