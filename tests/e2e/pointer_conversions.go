package main

import "fmt"

// Conversions between struct types that differ in tags, to pointer types, from nil; new of
// type literals and (Go 1.26) of values; comparisons of assignable struct types.
type T struct{ a int }

type U struct {
	a int `json:"a"`
}

func main() {
	t := T{1}
	u := U(t)
	p := (*T)(nil)
	q := (*U)(&t)
	q.a = 5
	fmt.Println(u, p == nil, t, t == struct{ a int }{5})
	s := new(struct{ x, y int })
	s.y = 2
	f := (func() int)(nil)
	i := new(interface{})
	fmt.Println(*s, f == nil, *i)
	v := new(42)
	w := new(T{3})
	*v++
	fmt.Println(*v, w.a)
}
