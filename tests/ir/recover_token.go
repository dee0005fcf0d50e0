// A function that calls recover() takes the recover token at entry; recover() asks the runtime
// with the result. Functions without recover() pay nothing.
// RUN: %minigo ir %s | FileCheck %s
package main

import "fmt"

// CHECK-LABEL: define internal %iface @main.safe(
// CHECK-NOT: call {{.*}}@minigo_recover_token_take
// CHECK-LABEL: define internal void @main.safe.func1(ptr %env)
// CHECK: %[[CAN:.*]] = call i1 @minigo_recover_token_take(ptr @main.safe.func1)
// CHECK: call %iface @minigo_recover(i1 %[[CAN]])
func safe() (err any) {
	defer func() {
		err = recover()
	}()
	panic("boom")
}

func main() { fmt.Println(safe()) }
