// Checks pointer receivers mutating state, value receivers not mutating, value-receiver
// methods called through pointers (auto *) and pointer-receiver methods called on
// addressable values, including struct fields and nested fields (auto &).
package main

import "fmt"

type Counter struct {
	N int
}

func (c *Counter) Inc()      { c.N++ }
func (c *Counter) Add(k int) { c.N += k }
func (c Counter) Get() int   { return c.N }
func (c Counter) TryReset()  { c.N = 0 }
func (c Counter) Twice() Counter {
	c.N *= 2
	return c
}

type Pair struct {
	Left, Right Counter
}

func (p *Pair) Both() { p.Left.Inc(); p.Right.Inc() }

func main() {
	var c Counter
	c.Inc() // (&c).Inc()
	c.Add(4)
	fmt.Println(c.Get(), c.N)

	c.TryReset()
	fmt.Println(c.N)

	p := &c
	p.Inc()
	fmt.Println(p.Get(), c.Get()) // (*p).Get()
	p.TryReset()
	fmt.Println(p.N)

	d := c.Twice()
	fmt.Println(c.N, d.N, p.Twice().N)

	var pr Pair
	pr.Left.Inc()
	pr.Right.Add(10)
	pr.Both()
	fmt.Println(pr.Left.Get(), pr.Right.Get())

	pp := &pr
	pp.Left.Add(100)
	pp.Both()
	fmt.Println(pr.Left.N, pr.Right.N)

	// method called on the result of a function returning a pointer
	get := func() *Counter { return p }
	get().Add(1000)
	fmt.Println(c.N)
}
