// Bounds checks are one unsigned comparison that LLVM can reason about: at -O2 the check of
// s[i] in a loop whose condition is i < len(s) is gone (no panic call is left in sum), while
// an index the loop does not bound keeps its check.
// RUN: %minigo ir -O2 %s | FileCheck %s
package main

import "fmt"

// CHECK-LABEL: define internal i64 @main.sum(
// CHECK-NOT: minigo_panic_bounds
// CHECK: ret i64
//
//go:noinline
func sum(s []int) int {
	total := 0
	for i := 0; i < len(s); i++ {
		total += s[i]
	}
	return total
}

// CHECK-LABEL: define internal i64 @main.at(
// CHECK: call void @minigo_panic_bounds(
// CHECK: ret i64
//
//go:noinline
func at(s []int, i int) int {
	return s[i]
}

func main() {
	s := []int{1, 2, 3}
	fmt.Println(sum(s), at(s, 1))
}
