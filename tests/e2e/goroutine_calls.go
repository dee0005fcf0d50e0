package main

import (
	"fmt"
	"strings"
)

type counter struct{ n int }

func (c *counter) add(k int, done chan<- bool) { c.n += k; done <- true }

type adder interface{ add(int, chan<- bool) }

func variadic(done chan<- string, parts ...string) { done <- strings.Join(parts, "+") }

func deep(n int) int {
	if n == 0 {
		return 0
	}
	return deep(n-1) + 1
}

func main() {
	done := make(chan bool)
	// operands are evaluated by the go statement, before the goroutine runs
	c := &counter{}
	k := 5
	go c.add(k, done)
	k = 100
	<-done
	fmt.Println(c.n, k)
	// through an interface and a method value
	var a adder = c
	go a.add(2, done)
	<-done
	f := c.add
	go f(3, done)
	<-done
	fmt.Println(c.n)
	// variadic calls, with and without ...
	s := make(chan string)
	go variadic(s, "a", "b", "c")
	fmt.Println(<-s)
	parts := []string{"x", "y"}
	go variadic(s, parts...)
	fmt.Println(<-s)
	// closures see each loop iteration's own variable (Go 1.22)
	results := make(chan int, 5)
	for i := 0; i < 5; i++ {
		go func() { results <- i * 10 }()
	}
	total := 0
	for i := 0; i < 5; i++ {
		total += <-results
	}
	fmt.Println(total)
	// a captured variable shared with the goroutine
	shared := 0
	go func() { shared = 7; done <- true }()
	<-done
	fmt.Println(shared)
	// a function value evaluated at the go statement
	g := func(x int) { results <- x }
	h := g
	go h(11)
	h = nil
	fmt.Println(<-results, h == nil)
	// deep recursion in a goroutine: 100,000 frames
	depth := make(chan int)
	go func() { depth <- deep(100000) }()
	fmt.Println(<-depth)
	// fmt inside goroutines that block while formatting
	msgs := make(chan string)
	go func() { msgs <- fmt.Sprintf("%d-%s", 1, "one") }()
	fmt.Println(fmt.Sprint("got ", <-msgs))
	// many goroutines
	const n = 10000
	sum := make(chan int, 100)
	for i := 0; i < n; i++ {
		go func(v int) { sum <- v }(i)
	}
	t := 0
	for i := 0; i < n; i++ {
		t += <-sum
	}
	fmt.Println(t)
}
