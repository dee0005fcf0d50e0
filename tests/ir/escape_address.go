// A variable whose address does not outlive its frame stays in the frame: the address only goes
// to local pointers, dereferences, field accesses, comparisons, and to parameters of functions
// and methods that keep it to themselves. An address that is returned, stored into memory,
// converted to an interface or kept across loop iterations moves its variable to the heap.
// RUN: %minigo ir %s | FileCheck %s
package main

type Counter struct{ N, Step int }

// Keeps its receiver to itself.
func (c *Counter) Bump() { c.N += c.Step }

// Hands its receiver to its caller.
func (c *Counter) Self() *Counter { return c }

//go:noinline
func set(p *int, v int) { *p = v }

var kept *int

// CHECK-LABEL: define internal i64 @main.local(
// CHECK: %x = alloca i64
// CHECK-NOT: minigo_alloc
// CHECK: ret i64
//
//go:noinline
func local() int {
	x := 1
	p := &x
	q := p
	*q = 3
	if p == q {
		set(p, *p+1)
	}
	return x
}

// CHECK-LABEL: define internal i64 @main.method(
// CHECK: %c = alloca { i64, i64 }
// CHECK-NOT: minigo_alloc
// CHECK: ret i64
//
//go:noinline
func method() int {
	c := Counter{Step: 2}
	c.Bump()
	(&c).Bump()
	return c.N
}

// CHECK-LABEL: define internal ptr @main.returned(
// CHECK: call ptr @minigo_alloc(i64 8)
// CHECK: ret ptr
//
//go:noinline
func returned() *int {
	x := 1
	p := &x
	return p
}

// CHECK-LABEL: define internal i64 @main.throughMethod(
// CHECK: call ptr @minigo_alloc(i64 16)
//
//go:noinline
func throughMethod() int {
	c := Counter{Step: 1}
	return c.Self().Step
}

// CHECK-LABEL: define internal void @main.stored(
// CHECK: call ptr @minigo_alloc(i64 8)
//
//go:noinline
func stored() {
	x := 2
	kept = &x
}

// The pointer declared outside the loop would see later iterations' x (the same frame slot).
// CHECK-LABEL: define internal i64 @main.acrossIterations(
// CHECK: call ptr @minigo_alloc(i64 8)
//
//go:noinline
func acrossIterations() int {
	var first *int
	for i := 0; i < 3; i++ {
		x := i
		if first == nil {
			first = &x
		}
	}
	return *first
}

// CHECK-LABEL: define internal void @main.boxed(
// CHECK: call ptr @minigo_alloc(i64 8)
//
//go:noinline
func boxed() {
	x := 3
	var v any = &x
	println(v != nil)
}

func main() {
	println(local(), method(), *returned(), throughMethod(), acrossIterations())
	stored()
	boxed()
	println(*kept)
}
