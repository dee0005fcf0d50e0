package main

import "fmt"

// Methods with value receivers: called directly, calling each other, by value (the receiver is
// a copy), declared before or after the type.
func (v Vec) Len() float64 { return float64(v) }

type Vec float64

func (v Vec) Scale(k float64) Vec { return v * Vec(k) }
func (v Vec) Add(w Vec) Vec       { return v + w }
func (v Vec) Twice() Vec          { return v.Add(v) }
func (v Vec) Scale2(w Vec, k float64) Vec { return (v + w).Scale(k) }

type Counter int

func (c Counter) Next() Counter { c++; return c }

type Word string

func (w Word) Repeat(n int) (Word, int) {
	out := w
	for i := 1; i < n; i++ {
		out += w
	}
	return out, len(out)
}

func (w Word) Shout() string { return string(w) + "!" }

type Steps int

func (s Steps) Countdown() int {
	if s == 0 {
		return 0
	}
	return 1 + (s - 1).Countdown()
}

func pair() (Vec, float64) { return 1, 2 }

func main() {
	v := Vec(1.5)
	fmt.Println(v.Len(), v.Scale(2), v.Twice(), v.Scale(2).Add(1).Len())
	c := Counter(1)
	d := c.Next()
	fmt.Println(c, d, d.Next().Next())
	w, n := Word("ab").Repeat(3)
	fmt.Println(w, n, w.Shout(), Word("hi").Shout())
	fmt.Println(Steps(5).Countdown())
	fmt.Println(v.Scale2(pair()))
}
