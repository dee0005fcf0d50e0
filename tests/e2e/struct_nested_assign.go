// Checks nested struct types (fields of struct type, named and anonymous), nested composite
// literals, zero values of nested fields and assignment through nested selectors (a.b.c = 1).
package main

import "fmt"

type Inner struct {
	C int
	S string
}

type Middle struct {
	B    Inner
	Flag bool
}

type Outer struct {
	Name string
	M    Middle
	Pos  struct {
		X, Y int
	}
}

func total(o Outer) int {
	return o.M.B.C + o.Pos.X + o.Pos.Y
}

func main() {
	var a Outer
	fmt.Println(a.M.B.C, a.M.B.S == "", a.M.Flag, a.Pos.X)

	a.M.B.C = 1
	a.M.B.S = "deep"
	a.M.Flag = true
	a.Pos.X = 10
	a.Pos.Y = a.M.B.C + 20
	fmt.Println(a.M.B.C, a.M.B.S, a.M.Flag, a.Pos.X, a.Pos.Y)
	fmt.Println(total(a))

	b := Outer{Name: "b", M: Middle{B: Inner{C: 5, S: "five"}, Flag: false}}
	fmt.Println(b.Name, b.M.B.C, b.M.B.S, b.Pos.Y)

	// copying the inner struct out and back
	in := b.M.B
	in.C *= 3
	fmt.Println(b.M.B.C, in.C)
	b.M.B = in
	fmt.Println(b.M.B.C)

	b.M = Middle{Flag: true}
	fmt.Println(b.M.B.C, b.M.B.S == "", b.M.Flag)

	// copy of the outer struct copies the nested parts too
	c := a
	c.M.B.C = 99
	c.Pos.X = -1
	fmt.Println(a.M.B.C, a.Pos.X, c.M.B.C, c.Pos.X)
	fmt.Println(a, c)
}
