package main

import "fmt"

// Arrays of structs and structs holding arrays; elided element types; pointers to elements.
type Point struct{ X, Y int }

type Path struct {
	Name   string
	Points [3]Point
}

func (p *Path) Shift(dx int) {
	for i := 0; i < len(p.Points); i++ {
		p.Points[i].X += dx
	}
}

func main() {
	pts := [...]Point{{1, 2}, {3, 4}, {X: 5}}
	path := Path{Name: "p", Points: pts}
	path.Shift(10)
	fmt.Println(pts, path.Points)
	fmt.Printf("%+v\n", path)
	fmt.Printf("%#v\n", pts)
	q := &path.Points[1]
	q.Y = 99
	fmt.Println(path.Points[1], *q)
	ptrs := [2]*Point{{7, 8}, &pts[0]}
	ptrs[1].Y = -2
	fmt.Println(*ptrs[0], pts[0])
	var any interface{} = pts
	pts[2].X = 0
	fmt.Println(any, any == interface{}(pts))
	m := [2][2]Point{{{1, 1}, {2, 2}}, {{3, 3}}}
	fmt.Println(m, m[0][1].Y)
}
