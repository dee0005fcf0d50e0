package main

import (
	"fmt"

	. "example.com/imports/geo"
	_ "example.com/imports/logsetup"
	m "example.com/imports/mx"
	"example.com/imports/shapes"
)

var start = m.Double(Origin.X + 5)

func init() { fmt.Println("main init, start =", start) }

func main() {
	p := Point{X: 3, Y: 4}
	fmt.Println(p, p.Dist(), Origin)
	fmt.Printf("%v %+v %T\n", p, p, p)
	var s shapes.Shape = shapes.NewSquare(2)
	fmt.Println(s.Area(), s)
	fmt.Printf("%T %v\n", s, s)
	if sq, ok := s.(*shapes.Square); ok {
		fmt.Println("square of side", sq.Side(), "named", sq.Name)
	}
	c := shapes.Circle{Center: p, R: 1}
	fmt.Printf("%.2f %v\n", c.Area(), c)
	fmt.Println(m.Double(21), m.Calls, shapes.Count())
	m.Calls = 100
	fmt.Println(m.Double(1), m.Calls)
}
