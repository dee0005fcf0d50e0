package main

import "fmt"

// Interface method calls in a loop: 100 million calls through a slice of three shapes.
type shape interface {
	area() int
	scale(k int) shape
}

type square struct{ side int }
type rect struct{ w, h int }
type circle struct{ r int }

func (s square) area() int          { return s.side * s.side }
func (s square) scale(k int) shape  { return square{s.side * k} }
func (r rect) area() int            { return r.w * r.h }
func (r rect) scale(k int) shape    { return rect{r.w * k, r.h} }
func (c *circle) area() int         { return 3 * c.r * c.r }
func (c *circle) scale(k int) shape { return &circle{c.r * k} }

func main() {
	shapes := []shape{square{2}, rect{2, 3}, &circle{1}}
	total := 0
	for i := 0; i < 100000000; i++ {
		total += shapes[i%3].area()
	}
	var one shape = rect{1, 1}
	for i := 0; i < 100000000; i++ {
		total += one.area()
	}
	fmt.Println(total, shapes[0].scale(2).area())
}
