// A defer inside a loop goes on the runtime's per-frame chain, through a thunk that performs the
// call with the operands saved at the defer statement in the chain's record.
// RUN: %minigo ir %s | FileCheck %s
package main

import "fmt"

// CHECK-LABEL: define internal void @main.count(
// CHECK: %defer.chain = alloca ptr
// CHECK: store ptr null, ptr %defer.chain
// CHECK-NOT: %defer0.ran
// The record the runtime pushes holds the operands (two interfaces, 32 bytes).
// CHECK-DAG: %[[ENV:[0-9]+]] = call ptr @minigo_defer_push(ptr %defer.chain, ptr @main.count.defer0, i64 32, ptr @minigo_recover_token)
// CHECK-DAG: getelementptr inbounds { %iface, %iface }, ptr %[[ENV]], i32 0, i32 1
// CHECK-DAG: invoke void @minigo_defer_run(ptr %defer.chain, i1 false)
// CHECK-DAG: landingpad
// CHECK-DAG: invoke void @minigo_defer_run(ptr %defer.chain, i1 true)
// CHECK-DAG: call void @minigo_panic_frame_done()
// CHECK-LABEL: define internal void @main.count.defer0(ptr
// CHECK: call void @minigo_fmt_println(
func count(n int) {
	for i := 0; i < n; i++ {
		defer fmt.Println("deferred", i)
	}
}

func main() { count(3) }
