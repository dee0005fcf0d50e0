// Go makes no tail calls: at -O2 the recursion stays a call (tail-recursion elimination would
// turn it into a loop, and unbounded recursion would hang instead of overflowing the stack).
// RUN: %minigo ir -O2 %s | FileCheck %s
package main

// CHECK-LABEL: define internal {{.*}}i64 @main.down(
// CHECK: call {{.*}}i64 @main.down(
// CHECK: attributes #{{[0-9]+}} = { {{.*}}"disable-tail-calls"="true"
func down(n int) int {
	return down(n+1) + 1
}

func main() {
	println(down(0))
}
