package main

import "fmt"

// A deferred closure and an escaping closure share a variable: both see every update.
func shared() func() int {
	n := 1
	get := func() int { return n }
	defer func() { n += 10 }()
	n++
	return get
}

// Closures called at once, in a loop, read and write the iteration's variables.
func immediate() int {
	total := 0
	for i := 0; i < 4; i++ {
		sq := func() int { return i * i }()
		func() { total += sq }()
	}
	return total
}

// A closure called at once returns a closure that escapes with the captured variable.
func counterFrom(start int) func() int {
	return func() func() int {
		c := start
		return func() int { c++; return c }
	}()
}

// Deferred closures in a loop each keep their own iteration's variable.
func loopDefers() {
	for i := 0; i < 3; i++ {
		j := i * 10
		defer func() { fmt.Println("deferred", j) }()
	}
}

// A deferred closure updates a named result through a variable shared with a helper closure.
func namedResult() (out int) {
	step := 5
	add := func() { out += step }
	defer func() { add(); step = 100 }()
	out = 1
	return out + 1
}

func main() {
	g := shared()
	fmt.Println(g())
	fmt.Println(immediate())
	next := counterFrom(7)
	fmt.Println(next(), next(), next())
	loopDefers()
	fmt.Println(namedResult())
}
