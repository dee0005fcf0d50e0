// Checks fmt formatting of struct values with %v %+v %#v %T and Println, for flat,
// nested, anonymous structs, string/bool/float64/error/interface fields and nil fields.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Item struct {
	Name  string
	Price float64
	OK    bool
	At    Point
}

type Wrap struct {
	Val interface{}
	Err error
	P   *Point
}

func main() {
	p := Point{1, 2}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Println(p)

	it := Item{"pen", 1.5, true, Point{3, -4}}
	fmt.Printf("%v\n", it)
	fmt.Printf("%+v\n", it)
	fmt.Printf("%#v\n", it)
	fmt.Printf("%T\n", it)
	fmt.Println(it, "tail")

	var zi Item
	fmt.Printf("%v|%+v\n", zi, zi)
	fmt.Printf("%#v\n", zi)

	w := Wrap{Val: 7}
	fmt.Printf("%v|%+v\n", w, w)
	fmt.Printf("%#v\n", Wrap{})
	w2 := Wrap{Val: "s", Err: fmt.Errorf("bad %d", 1)}
	fmt.Printf("%v|%+v\n", w2, w2)

	anon := struct {
		A int
		B string
	}{5, "five"}
	fmt.Printf("%v|%+v|%T\n", anon, anon, anon)
	fmt.Printf("%#v\n", anon)

	var empty struct{}
	fmt.Printf("%v|%+v|%#v|%T\n", empty, empty, empty, empty)

	s := fmt.Sprintf("[%v] [%+v]", p, it.At)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprint(p, p), fmt.Sprintf("%v x", it.At) == "{3 -4} x")
}
