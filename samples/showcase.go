// A short tour of what minigo compiles: defer order, when deferred
// arguments are evaluated, deferred closures changing named results,
// and closures that share variables with their creator.
package main

import "fmt"

// trace prints a line when entering a function and returns the function
// that prints the matching line on the way out: `defer trace("x")()`.
func trace(name string) func() {
	fmt.Printf("-> %s\n", name)
	return func() { fmt.Printf("<- %s\n", name) }
}

// Deferred calls form a stack: the last one registered runs first.
func deferOrder() {
	defer trace("deferOrder")()
	for i := 1; i <= 3; i++ {
		defer fmt.Println("  deferred", i)
	}
	fmt.Println("  body done")
}

// Arguments of a deferred call are evaluated at the defer statement,
// while a deferred closure reads variables when it finally runs.
func argumentEvaluation() {
	defer trace("argumentEvaluation")()
	x := 1
	defer fmt.Println("  argument evaluated early: x =", x)
	defer func() { fmt.Println("  closure reads late:     x =", x) }()
	x = 42
}

// A deferred closure may change named results after `return` set them.
func safeDivide(a, b int) (quotient int, note string) {
	defer func() {
		if b == 0 {
			quotient, note = 0, "division by zero avoided"
		}
	}()
	if b == 0 {
		return -1, "unreachable result"
	}
	return a / b, "ok"
}

// Each counter owns its variable; the returned closures share it.
func newCounter() (inc func() int, get func() int) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	return
}

func main() {
	defer fmt.Println("main returns: every deferred call has run")
	deferOrder()
	argumentEvaluation()
	q, note := safeDivide(17, 5)
	fmt.Printf("17 / 5 = %d (%s)\n", q, note)
	q, note = safeDivide(1, 0)
	fmt.Printf("1 / 0 = %d (%s)\n", q, note)
	inc, get := newCounter()
	inc()
	inc()
	fmt.Println("counter after two increments:", get(), "next:", inc())
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Printf("fib(20) = %d\n", fib(20))
}
