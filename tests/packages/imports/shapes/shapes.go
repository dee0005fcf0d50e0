package shapes

import (
	"fmt"

	"example.com/imports/geo"
	"example.com/imports/mx"
)

type Shape interface {
	Area() float64
}

type named struct{ Name string }

type Square struct {
	named
	side float64
}

var made int

func NewSquare(side float64) *Square {
	made++
	return &Square{named{"sq"}, side}
}

func (s *Square) Area() float64 { return s.side * s.side }
func (s *Square) Side() float64 { return s.side }
func (s *Square) String() string { return fmt.Sprintf("Square(%g)", s.side) }

type Circle struct {
	Center geo.Point
	R      float64
}

func (c Circle) Area() float64 { return 3.14159 * c.R * c.R }

func Count() int { return made + mathx.Calls*0 }

func init() { fmt.Println("shapes init") }
