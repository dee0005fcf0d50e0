// Range loops at -O2: ranging through an array pointer checks the pointer once, not per
// element; a string decodes ASCII inline and calls the runtime only for other bytes; a `:=`
// variable whose address outlives its iteration gets a new cell each time round (Go 1.22).
// RUN: %minigo ir -O2 %s | FileCheck %s
// RUN: %minigo ir -O0 %s | %opt -passes=verify -disable-output
package main

// CHECK-LABEL: define internal i64 @main.sumArray(
// CHECK: icmp eq ptr %a, null
// CHECK-NOT: icmp eq ptr %a, null
// CHECK: ret i64
//
//go:noinline
func sumArray(a *[64]int) int {
	s := 0
	for _, v := range a {
		s += v
	}
	return s
}

// CHECK-LABEL: define internal i64 @main.countRunes(
// CHECK: range.body:
// CHECK: load i8
// CHECK: icmp sgt i8 %{{[0-9]+}}, -1
// CHECK: call { i64, i64 } @minigo_decode_rune(
//
//go:noinline
func countRunes(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

// CHECK-LABEL: define internal [4 x ptr] @main.keep(
// The loop's block (its own predecessor) allocates.
// CHECK: [[LOOP:[a-z.0-9]+]]:{{.*}}preds = {{.*}}%[[LOOP]]{{$|,}}
// CHECK-NEXT: phi
// CHECK-NEXT: call {{.*}}ptr @minigo_alloc(i64 8)
//
//go:noinline
func keep(n int) [4]*int {
	var out [4]*int
	for i := range n {
		out[i%4] = &i
	}
	return out
}

func main() {
	var a [64]int
	println(sumArray(&a), countRunes("héllo"), *keep(3)[2])
}
