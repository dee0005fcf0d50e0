// Checks fmt printing of pointers to structs (&{1 2}, &{X:1 Y:2}, &main.T{...}), %T of
// pointer types, nil struct pointers (<nil>, (*main.T)(nil)), nil interfaces and errors.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Named struct {
	Name string
	At   Point
}

func find(ok bool) *Point {
	if ok {
		return &Point{7, 8}
	}
	return nil
}

func main() {
	p := &Point{1, 2}
	fmt.Println(p)
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)

	n := &Named{"n", Point{3, 4}}
	fmt.Println(n)
	fmt.Printf("%v|%+v\n", n, n)
	fmt.Printf("%#v\n", n)

	var np *Point
	fmt.Println(np)
	fmt.Printf("%v|%+v|%#v|%T\n", np, np, np, np)
	fmt.Println(find(true), find(false))

	var e error
	var i interface{}
	fmt.Println(e, i)
	fmt.Printf("%v|%T|%v|%T\n", e, e, i, i)

	var boxed interface{} = np
	fmt.Println(boxed, boxed == nil)
	fmt.Printf("%T\n", boxed)

	pp := &p
	fmt.Printf("%T\n", pp)
	fmt.Println(*pp)

	s := fmt.Sprintf("%v and %v", p, np)
	fmt.Println(s)
	fmt.Println(fmt.Sprint(p), fmt.Sprint(np))
}
