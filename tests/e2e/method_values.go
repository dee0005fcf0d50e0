package main

import (
	"errors"
	"fmt"
)

// Method values bind their receiver when evaluated (a copy for a value receiver, the address
// for a pointer receiver); method expressions take the receiver as the first argument.
type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }
func (c Counter) Get() int  { return c.n }

type Named interface{ Name() string }

type dog string

func (d dog) Name() string { return "dog " + string(d) }

func apply(f func() int, times int) int {
	r := 0
	for i := 0; i < times; i++ {
		r = f()
	}
	return r
}

func main() {
	c := Counter{}
	inc := c.Inc
	get := c.Get // a copy of c, now
	fmt.Println(apply(inc, 3), c.n, get())
	var n Named = dog("rex")
	name := n.Name
	n = dog("max")
	fmt.Println(name(), n.Name())
	err := errors.New("boom")
	msg := err.Error
	fmt.Println(msg())
	getExpr := Counter.Get
	incExpr := (*Counter).Inc
	getPtr := (*Counter).Get
	fmt.Println(getExpr(c), incExpr(&c), getPtr(&c), Named.Name(dog("fido")))
	defer fmt.Println("deferred value:", get())
	f := c.Inc
	defer f()
	defer func() {
		fmt.Println("n at exit:", c.n)
	}()
	var nilNamed Named
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = nilNamed.Name
}
