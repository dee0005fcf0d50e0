// A closure that is only called, where it is made or by the functions it is passed to, lives in
// its frame with the variables it captures: no allocation. One that a callee keeps, or that is
// stored outside the loop it is made in, is allocated; it holds a copy of each captured variable
// that never changes after its declaration (one allocation), and the heap cell of one that does.
// RUN: %minigo ir %s | FileCheck %s
package main

//go:noinline
func apply(f func(int) int, v int) int { return f(v) }

var kept func(int) int

//go:noinline
func keep(f func(int) int) { kept = f }

// CHECK-LABEL: define internal i64 @main.called(
// CHECK: %closure = alloca { ptr, i64 }
// CHECK-NOT: minigo_alloc
//
//go:noinline
func called(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		k := i & 7
		total += apply(func(x int) int { return x + k }, i)
	}
	return total
}

// CHECK-LABEL: define internal i64 @main.counter(
// CHECK: %closure = alloca { ptr, ptr }
// CHECK-NOT: minigo_alloc
//
//go:noinline
func counter(n int) int {
	count := 0
	inc := func() { count++ }
	for i := 0; i < n; i++ {
		inc()
	}
	return count
}

// CHECK-LABEL: define internal void @main.keptByCallee(
// CHECK-NOT: minigo_alloc(i64 8)
// CHECK: call ptr @minigo_alloc(i64 16)
// CHECK-NOT: minigo_alloc(i64 8)
//
//go:noinline
func keptByCallee(n int) {
	for i := 0; i < n; i++ {
		k := i
		keep(func(x int) int { return x + k })
	}
}

// CHECK-LABEL: define internal void @main.keptAndChanged(
// CHECK: call ptr @minigo_alloc(i64 8)
// CHECK: call ptr @minigo_alloc(i64 16)
//
//go:noinline
func keptAndChanged(n int) {
	for i := 0; i < n; i++ {
		k := i
		keep(func(x int) int { k += x; return k })
	}
}

// CHECK-LABEL: define internal i64 @main.outlivesLoop(
// CHECK-NOT: minigo_alloc(i64 8)
// CHECK: call ptr @minigo_alloc(i64 16)
//
//go:noinline
func outlivesLoop(n int) int {
	var last func(int) int
	for i := 0; i < n; i++ {
		k := i
		last = func(x int) int { return x + k }
	}
	return last(1)
}

func main() {
	println(called(10), counter(10), outlivesLoop(3))
	keptByCallee(2)
	keptAndChanged(2)
}
