// A struct passed, copied and returned by value lives in registers and frame slots: nothing is
// allocated on the heap. An address that outlives the frame (returned) moves its variable there.
// RUN: %minigo ir %s | FileCheck %s
package main

type Point struct{ X, Y int }

// CHECK-LABEL: define internal { i64, i64 } @main.moved(ptr %env, { i64, i64 } %p, i64 %dx)
// CHECK-NOT: minigo_alloc
// CHECK: ret { i64, i64 }
//
//go:noinline
func moved(p Point, dx int) Point {
	q := p
	q.X += dx
	return q
}

// CHECK-LABEL: define internal ptr @main.escapes(
// CHECK: call ptr @minigo_alloc(i64 16)
// CHECK: ret ptr
//
//go:noinline
func escapes(x, y int) *Point {
	p := Point{x, y}
	return &p
}

func main() {
	println(moved(Point{1, 2}, 3).X, escapes(4, 5).Y)
}
