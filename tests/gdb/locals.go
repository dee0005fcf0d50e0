// gdb reads what `minigo build -g` describes: tests/check_gdb.sh breaks in main.area and checks
// its parameters, locals, the package variable, the types and the backtrace.
package main

import "fmt"

type Point struct{ X, Y int }

type Shape struct {
	Name   string
	Corner Point
	Sides  [3]int
	Scale  float64
	Filled bool
	Next   *Shape
}

func (s *Shape) Grow(by int) { s.Corner.X += by }

var count = 42

//go:noinline
func area(v Shape, p *Point, label string) int {
	total := v.Corner.X * p.Y
	arr := [3]int{7, 8, 9}
	var err error
	sum := total + arr[1]
	fmt.Println(label, sum, err) // gdb: locals
	return sum
}

func main() {
	pt := Point{X: 3, Y: 4}
	s := Shape{Name: "tri", Corner: Point{1, 2}, Sides: [3]int{3, 4, 5}, Scale: 1.5, Filled: true}
	s.Grow(2)
	fmt.Println(area(s, &pt, "hello"), count)
}
