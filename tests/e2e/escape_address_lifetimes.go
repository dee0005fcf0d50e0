// Addresses that must outlive a frame slot's reuse: kept across loop iterations (for and goto
// loops), through pointers to pointers, through parameters that leak, in closures and method
// values; and addresses that stay local, through non-leaking calls, recursion and methods.
package main

import "fmt"

type Node struct {
	V    int
	Next *Node
}

func (n *Node) Inc()         { n.V++ }
func (n *Node) Me() *Node    { return n }
func (n *Node) Link(m *Node) { n.Next = m }


var keep *int

func leak(p *int) *int { return p }

func store(p *int) { keep = p }

func readOnly(p *int) int { return *p * 2 }

func depth(n int, acc *int) int {
	x := n
	p := &x
	if n == 0 {
		return *acc
	}
	*acc += *p
	return depth(n-1, acc)
}

func main() {
	// Pointers kept across iterations of a for loop.
	var first, last *int
	for i := 0; i < 3; i++ {
		x := i * 10
		if first == nil {
			first = &x
		}
		last = &x
	}
	fmt.Println(*first, *last, first == last)

	// A goto loop declares a new variable each time round.
	var ps [3]*int
	k := 0
loop:
	y := k + 100
	ps[k] = &y
	k++
	if k < 3 {
		goto loop
	}
	fmt.Println(*ps[0], *ps[1], *ps[2])

	// Per-iteration loop variables.
	var addrs [3]*int
	for i := 0; i < 3; i++ {
		addrs[i] = &i
	}
	fmt.Println(*addrs[0], *addrs[1], *addrs[2])

	// A pointer to a pointer.
	a, b := 1, 2
	p := &a
	pp := &p
	*pp = &b
	q := *pp
	*q = 20
	fmt.Println(a, b, *p)

	// Leaking and non-leaking parameters.
	z := 5
	fmt.Println(readOnly(&z), *leak(&z))
	w := 7
	store(&w)
	w = 8
	fmt.Println(*keep)

	// Recursion with a local address in each frame.
	acc := 0
	fmt.Println(depth(4, &acc), acc)

	// Methods: one that keeps its receiver, one that returns it, one that stores another.
	n := Node{V: 1}
	n.Inc()
	m := n.Me()
	m.Inc()
	var o Node
	o.Link(&n)
	n.Inc()
	fmt.Println(n.V, m.V, o.Next.V)

	// Method values and closures hold the address.
	c := Node{V: 40}
	inc := c.Inc
	inc()
	inc()
	get := func() int { return c.V }
	fmt.Println(c.V, get())

	// Local pointers that never leave the frame.
	s := Node{V: 3}
	sp := &s
	sp.V *= 3
	arr := [3]int{1, 2, 3}
	ap := &arr
	ep := &arr[1]
	ap[0] = *ep + 10
	*ep = 0
	fmt.Println(s.V, arr, sp == &s)
}
