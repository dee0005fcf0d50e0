// Checks == and != on comparable structs: field-by-field comparison including string,
// bool, float64, nested struct, pointer and interface fields, and anonymous structs.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Tagged struct {
	P     Point
	Label string
	On    bool
	W     float64
}

type Ref struct {
	Ptr *int
	Any interface{}
}

func main() {
	a := Point{1, 2}
	b := Point{X: 1, Y: 2}
	c := Point{2, 1}
	fmt.Println(a == b, a != b, a == c, a != c)
	fmt.Println(a == Point{1, 2}, Point{2, 1} == c)
	var z Point
	fmt.Println(z == Point{}, z == a)
	t1 := Tagged{a, "x", true, 0.5}
	t2 := Tagged{b, "x", true, 0.5}
	fmt.Println(t1 == t2)
	t2.Label = "y"
	fmt.Println(t1 == t2)
	t2.Label = "x"
	t2.P.Y = 3
	fmt.Println(t1 == t2, t1 != t2)
	n, m := 1, 1
	r1 := Ref{&n, 5}
	r2 := Ref{&n, 5}
	r3 := Ref{&m, 5}
	r4 := Ref{&n, "5"}
	fmt.Println(r1 == r2, r1 == r3, r1 == r4)
	var r0 Ref
	fmt.Println(r0 == Ref{}, r0 == Ref{Ptr: nil, Any: nil})
	x := struct {
		A int
		B string
	}{1, "b"}
	y := struct {
		A int
		B string
	}{1, "b"}
	fmt.Println(x == y)
}
