// The seed's first example at -O2: the open-coded defer leaves no defer bookkeeping and no heap
// allocation; the deferred call's work (logExit, inlined) runs after the last statement, right
// before the return.
// RUN: %minigo ir -O2 %s | FileCheck %s
// CHECK: @[[FORMAT:.*]] = private {{.*}} c"Function %s returned\0A"
// CHECK-LABEL: define internal void @main.main(
// CHECK-NOT: minigo_defer
// CHECK-NOT: minigo_alloc
// CHECK: call void @minigo_fmt_println(
// CHECK-NOT: minigo_defer
// CHECK-NOT: minigo_alloc
// CHECK: call void @minigo_fmt_println(
// CHECK-NOT: minigo_defer
// CHECK-NOT: minigo_alloc
// CHECK: call void @minigo_fmt_printf(ptr nonnull @[[FORMAT]], i64 21,
// CHECK-NOT: call void @minigo
// CHECK: ret void
package main

import "fmt"

func main() {
    fmt.Println("First main statement")
    defer logExit("main") // position of defer statement here does not matter
    fmt.Println("Last main statement")
}
func logExit(name string) {
    fmt.Printf("Function %s returned\n", name)
}
