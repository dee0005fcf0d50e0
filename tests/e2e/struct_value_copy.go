// Checks value semantics of structs: assignment copies, passing a struct by value
// to a function does not change the caller's copy, and returning a modified copy.
package main

import "fmt"

type Counter struct {
	Name string
	N    int
}

func bump(c Counter) Counter {
	c.N++
	c.Name = c.Name + "+"
	fmt.Println("inside bump:", c.Name, c.N)
	return c
}

func reset(c Counter) {
	c.N = 0
	c.Name = ""
}

func swap(a, b Counter) (Counter, Counter) {
	return b, a
}

func main() {
	a := Counter{"a", 1}
	b := a
	b.N = 100
	b.Name = "b"
	fmt.Println(a.Name, a.N, b.Name, b.N)

	c := bump(a)
	fmt.Println("after bump:", a.Name, a.N, c.Name, c.N)

	reset(c)
	fmt.Println("after reset:", c.Name, c.N)

	x, y := swap(a, b)
	fmt.Println(x.Name, y.Name)

	// reassigning a whole struct replaces every field
	a = Counter{N: 42}
	fmt.Printf("%q %d\n", a.Name, a.N)

	// a copy captured by a closure at call time vs the variable itself
	snapshot := b
	f := func() int { return b.N }
	b.N = 7
	fmt.Println(snapshot.N, f())
}
