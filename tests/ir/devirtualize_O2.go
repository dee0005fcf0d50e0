// An interface method call compares the dynamic type with the few types of the program that
// have a method of that name before its cache: where the optimizer knows the type (an interface
// value made in the same function), the call is direct and inlined, as gc devirtualizes it, and
// the boxed value, which nothing reads then, is not allocated.
// RUN: %minigo ir -O2 %s | FileCheck %s
package main

type shape interface{ area() int }

type rect struct{ w, h int }
type square struct{ side int }

func (r rect) area() int   { return r.w * r.h }
func (s square) area() int { return s.side * s.side }

// CHECK-LABEL: define internal i64 @main.known(
// CHECK-NOT: minigo_alloc
// CHECK-NOT: method.cache
// CHECK-NOT: call {{.*}} %
// CHECK: mul i64 %n, 3
// CHECK-NOT: method.cache
// CHECK: ret i64
//
//go:noinline
func known(n int) int {
	var s shape = rect{n, 3}
	return s.area()
}

// The type is not known here: the comparisons, then the cache.
// CHECK-LABEL: define internal i64 @main.unknown(
// CHECK-DAG: icmp eq ptr %{{.*}}, @"type:main.rect"
// CHECK-DAG: icmp eq ptr %{{.*}}, @"type:main.square"
// CHECK: @method.cache.area
// CHECK: ret i64
//
//go:noinline
func unknown(s shape) int { return s.area() }

func main() {
	println(known(2), unknown(square{4}), unknown(rect{1, 2}))
}
