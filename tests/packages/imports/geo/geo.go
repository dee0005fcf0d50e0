package geo

import "fmt"

type Point struct{ X, Y int }

var Origin = Point{}

func (p Point) Dist() int { return p.X*p.X + p.Y*p.Y }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func init() { fmt.Println("geo init") }
