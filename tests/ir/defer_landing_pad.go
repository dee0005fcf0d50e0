// The shape of an open-coded defer at -O0: a flag set by the defer statement, the guarded call
// at the normal exit, and a catch-all landing pad that runs the same pending call (as an invoke
// unwinding to itself), then hands over to the runtime.
// RUN: %minigo ir %s | FileCheck %s
package main

import "fmt"

// CHECK-LABEL: define internal void @main.work(ptr %env, i64 %n) {{.*}} personality ptr @__gxx_personality_v0
// CHECK: %defer0.ran = alloca i1
// CHECK: store i1 false, ptr %defer0.ran
// A call that may panic is an invoke into the landing pad.
// CHECK: invoke void @main.step(ptr null, i64
// CHECK-NEXT: to label %invoke.cont unwind label %lpad
// Normal exit: the flagged call, inline.
// CHECK: exit:
// CHECK-NEXT: load i1, ptr %defer0.ran
// CHECK: lpad:
// CHECK-NEXT: landingpad { ptr, i32 }
// CHECK-NEXT: catch ptr null
// CHECK: call void @minigo_panic_caught(ptr %{{.*}}, ptr %frame)
// CHECK-NEXT: load i1, ptr %defer0.ran
// The defer statement: arguments into slots, then the flag.
// CHECK: invoke.cont:
// CHECK: store i64 %{{.*}}, ptr %defer0.arg
// CHECK-NEXT: store i1 true, ptr %defer0.ran
// CHECK: defer0.run:
// CHECK-NEXT: store i1 false, ptr %defer0.ran
// CHECK: invoke void @main.done(ptr null, i64
// CHECK-NEXT: to label %{{.*}} unwind label %lpad
// The same call on the unwinding path, with the callee's address as the recover token.
// CHECK: store i1 false, ptr %defer0.ran
// CHECK: store ptr @main.done, ptr @minigo_recover_token
// CHECK-NEXT: invoke void @main.done(ptr null, i64
// CHECK-NEXT: to label %{{.*}} unwind label %lpad
// CHECK: call void @minigo_panic_frame_done()
// CHECK-NEXT: ret void
func work(n int) {
	step(n)
	defer done(n)
	step(n + 1)
}

func step(n int) {
	if n > 5 {
		panic("too big")
	}
}

func done(n int) { fmt.Println("done", n) }

func main() { work(1) }
