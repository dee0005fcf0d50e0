package main

import "fmt"

// Closures used as values: the ones that are only called (where they are made, or by the
// functions they are passed to) may live in their frame; every other use below must keep each
// closure, and the variables it captures, alive and distinct after its frame slot is reused.

func apply(f func(int) int, v int) int { return f(v) }

func applyTwice(f func(int) int, v int) int { return apply(f, apply(f, v)) }

var saved []func() int

func keep(f func() int) { saved = append(saved, f) }

func pass(f func() int) func() int { return f }

type Op func(int) int

func (o Op) Run(v int) int { return o(v) }

var ops []Op

func (o Op) Keep() { ops = append(ops, o) }

type box struct{ f func() int }

func main() {
	// Only called: each iteration's closure sees its own k.
	total := 0
	for i := 0; i < 10; i++ {
		k := i & 3
		total += apply(func(x int) int { return x + k }, i)
		total += applyTwice(func(x int) int { return x * k }, i)
	}
	fmt.Println("called", total)

	// Kept by a callee, returned by a callee, stored into a variable outside the loop, into a
	// struct, a slice, a map and a channel: each keeps its own k.
	var last func() int
	var fromPass []func() int
	var boxes []box
	m := map[int]func() int{}
	ch := make(chan func() int, 10)
	for i := 0; i < 3; i++ {
		k := i * 10
		keep(func() int { return k + 1 })
		fromPass = append(fromPass, pass(func() int { return k + 2 }))
		f := func() int { return k + 3 }
		if i == 1 {
			last = f
		}
		boxes = append(boxes, box{func() int { return k + 4 }})
		m[i] = func() int { return k + 5 }
		ch <- func() int { return k + 6 }
	}
	close(ch)
	for i := 0; i < 3; i++ {
		fmt.Println(saved[i](), fromPass[i](), boxes[i].f(), m[i](), (<-ch)())
	}
	fmt.Println("last", last())

	// Deferred in a loop and run on goroutines: each call sees its own closure.
	func() {
		for i := 0; i < 3; i++ {
			k := i
			f := func() { fmt.Println("deferred", k) }
			defer f()
		}
	}()
	done := make(chan int)
	for i := 0; i < 3; i++ {
		k := i
		f := func() { done <- k * k }
		go f()
	}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-done
	}
	fmt.Println("goroutines", sum)

	// A closure as a func-typed receiver: called by its method, kept by another, bound as a
	// method value.
	var bound []func(int) int
	for i := 0; i < 3; i++ {
		k := i + 100
		op := Op(func(v int) int { return v + k })
		fmt.Println("run", op.Run(1))
		op.Keep()
		bound = append(bound, op.Run)
	}
	for i := 0; i < 3; i++ {
		fmt.Println("kept", ops[i](0), bound[i](0))
	}

	// Captured by another closure that escapes; assigned through a pointer; converted to any.
	var outer []func() int
	var viaPtr []func() int
	var asAny []any
	for i := 0; i < 3; i++ {
		k := i
		inner := func() int { return k * 7 }
		outer = append(outer, func() int { return inner() + 1 })
		var g func() int
		p := &g
		*p = func() int { return k * 9 }
		viaPtr = append(viaPtr, g)
		asAny = append(asAny, func() int { return k * 11 })
	}
	for i := 0; i < 3; i++ {
		fmt.Println("outer", outer[i](), viaPtr[i](), asAny[i].(func() int)())
	}

	// A counter closure called in its frame, and a closure whose captured variable it changes.
	count := 0
	inc := func() { count++ }
	for i := 0; i < 1000; i++ {
		inc()
	}
	fmt.Println("count", count)
}
