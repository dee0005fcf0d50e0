package main

// At -O2 every call below is inlined, and the trace still shows one frame per Go call,
// including the method reached through an interface (its wrapper is not a frame).
type Checker interface{ Check(x int) int }

type Limit int

func (l Limit) Check(x int) int {
	if x > int(l) {
		panic("too big")
	}
	return x
}

func b(c Checker, x int) int { return c.Check(x+1) * 2 }

func a(c Checker, x int) int { return b(c, x+1) + 1 }

func main() {
	println(a(Limit(2), 0))
	println(a(Limit(2), 1))
}
