package main

import (
	"errors"
	"fmt"
)

// User interfaces: dynamic dispatch, embedding, interface-to-interface assignment, assertions
// and type switches with interface cases, comparison of interface values.
type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Name() string
}

type NamedShape interface {
	Shape
	Named
}

type Square float64
type Circle float64

func (s Square) Area() float64      { return float64(s * s) }
func (s Square) Perimeter() float64 { return float64(4 * s) }
func (s Square) Name() string       { return "square" }

func (c Circle) Area() float64      { return 3 * float64(c*c) }
func (c Circle) Perimeter() float64 { return 6 * float64(c) }


func describe(s Shape) string {
	name := "anonymous"
	if n, ok := s.(Named); ok {
		name = n.Name()
	}
	return fmt.Sprintf("%s: area %v, perimeter %v", name, s.Area(), s.Perimeter())
}

func kind(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case NamedShape:
		return "named shape " + v.Name()
	case Shape:
		return fmt.Sprint("shape with area ", v.Area())
	case error:
		return "error " + v.Error()
	case int:
		return "int"
	}
	return "something else"
}

func main() {
	var s Shape = Square(2)
	fmt.Println(describe(s))
	s = Circle(1)
	fmt.Println(describe(s))
	var ns NamedShape = Square(3)
	s = ns
	var n Named = ns
	fmt.Println(s.Area(), n.Name(), ns.Perimeter())
	fmt.Println(kind(Square(1)), "|", kind(Circle(2)), "|", kind(errors.New("e")), "|", kind(1), "|", kind(nil), "|", kind("s"))
	var a, b Shape = Square(2), Square(2)
	fmt.Println(a == b, a == Square(2), a != Circle(2), a == nil)
	var empty interface{} = ns
	_, isShape := empty.(Shape)
	_, isErr := empty.(error)
	fmt.Println(isShape, isErr)
	fmt.Printf("%T %v\n", s, s)
}
