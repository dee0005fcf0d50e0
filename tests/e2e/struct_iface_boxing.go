// Checks structs stored in interface values: boxing copies the struct (mutating the
// original afterwards does not change the boxed copy, but a boxed pointer shares it),
// and type assertions and type switches to struct and pointer-to-struct types.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Box struct {
	Name string
}

func describe(v interface{}) string {
	switch t := v.(type) {
	case Point:
		return fmt.Sprintf("Point value x=%d", t.X)
	case *Point:
		if t == nil {
			return "nil *Point"
		}
		return fmt.Sprintf("Point pointer x=%d", t.X)
	case Box, *Box:
		return fmt.Sprintf("some box %T", t)
	case nil:
		return "nil"
	default:
		return "other"
	}
}

func main() {
	p := Point{1, 2}
	var v interface{} = p
	p.X = 100
	fmt.Println(v, p)
	var w interface{} = &p
	p.Y = 200
	fmt.Println(w.(*Point).Y)
	w.(*Point).X = 5
	fmt.Println(p.X)
	got := v.(Point)
	got.X = -1
	fmt.Println(v.(Point).X, got.X)
	_, ok := v.(*Point)
	fmt.Println(ok)
	pp, ok := w.(*Point)
	fmt.Println(ok, pp == &p)
	fmt.Println(v == interface{}(Point{1, 2}), v == w)
	var np *Point
	fmt.Println(describe(p))
	fmt.Println(describe(&p))
	fmt.Println(describe(np))
	fmt.Println(describe(Box{"b"}))
	fmt.Println(describe(&Box{"b"}))
	fmt.Println(describe(nil))
}
