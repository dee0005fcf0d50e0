// Checks method sets with interfaces: *T (pointer receivers) implements the interface and
// &t is assigned to it, calls through the interface mutate the original; *T also has T's
// value-receiver methods; a typed nil pointer stored in an interface is not nil.
package main

import "fmt"

type Shape interface {
	Area() int
	Scale(k int)
}

type Namer interface {
	Name() string
}

type Rect struct {
	W, H int
}

func (r *Rect) Scale(k int) { r.W *= k; r.H *= k }
func (r Rect) Area() int    { return r.W * r.H }
func (r Rect) Name() string { return "rect" }

type Sq struct {
	S int
}

func (s *Sq) Scale(k int)  { s.S *= k }
func (s *Sq) Area() int    { return s.S * s.S }
func (s *Sq) Name() string { return "sq" }

func grow(s Shape) int {
	s.Scale(2)
	return s.Area()
}

func main() {
	r := Rect{2, 3}
	var s Shape = &r
	fmt.Println(grow(s), r.W, r.H)
	q := &Sq{3}
	s = q
	fmt.Println(grow(s), q.S)
	// value type satisfies Namer (value receiver), and so does the pointer
	var n Namer = r
	fmt.Println(n.Name())
	n = &r
	fmt.Println(n.Name())
	// dynamic check: which of them implement Shape
	var x interface{} = r
	_, ok := x.(Shape)
	_, ok2 := interface{}(&r).(Shape)
	fmt.Println("Rect is Shape:", ok, "*Rect is Shape:", ok2)
	var np *Sq
	var sh Shape = np
	fmt.Println(np == nil, sh == nil, sh != nil)
	fmt.Printf("%T\n", sh)
}
