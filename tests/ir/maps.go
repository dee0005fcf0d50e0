// Map operations are runtime calls that take the map type's descriptor and the key by address:
// a read selects the entry's value or a constant zero value; `m[k] op= v` finds the entry once
// (minigo_map_assign makes it if absent and gives the value's address), except for a division,
// which reads the entry, computes, then makes it. The IR passes the verifier at -O0 and -O2.
// RUN: %minigo ir %s | FileCheck %s
// RUN: %minigo ir -O0 %s | %opt -passes=verify -disable-output
// RUN: %minigo ir -O2 %s | %opt -passes=verify -disable-output
package main

// CHECK: @"zero:int" = private constant i64 0

// CHECK-LABEL: define internal { i64, i1 } @main.f(
// CHECK-NOT: minigo_map_lookup
// CHECK: [[SLOT:%[0-9]+]] = call ptr @minigo_map_assign(ptr @"type:map[string]int", ptr %{{.*}}, ptr %map.key)
// CHECK-NEXT: [[OLD:%[0-9]+]] = load i64, ptr [[SLOT]]
// CHECK-NEXT: [[NEW:%[0-9]+]] = add i64 [[OLD]], 2
// CHECK-NEXT: store i64 [[NEW]], ptr [[SLOT]]
// CHECK: [[ENTRY:%[0-9]+]] = call ptr @minigo_map_lookup(ptr @"type:map[string]int", ptr %{{.*}}, ptr %map.key{{[0-9]+}})
// CHECK: sdiv i64
// CHECK: [[SLOT2:%[0-9]+]] = call ptr @minigo_map_assign(ptr @"type:map[string]int", ptr %{{.*}}, ptr %map.key{{[0-9]+}})
// CHECK-NEXT: store i64 %{{[0-9]+}}, ptr [[SLOT2]]
// CHECK: call void @minigo_map_delete(ptr @"type:map[string]int",
// CHECK: [[FOUND:%[0-9]+]] = call ptr @minigo_map_lookup(ptr @"type:map[string]int",
// CHECK-NEXT: [[OK:%[0-9]+]] = icmp ne ptr [[FOUND]], null
// CHECK-NEXT: [[FROM:%[0-9]+]] = select i1 [[OK]], ptr [[FOUND]], ptr @"zero:int"
// CHECK-NEXT: load i64, ptr [[FROM]]
func f(m map[string]int, k string, d int) (int, bool) {
	m[k] += 2
	m[k] /= d
	delete(m, "x")
	v, ok := m[k]
	return v, ok
}

// CHECK-LABEL: define internal void @main.main(
// CHECK: call ptr @minigo_map_make(ptr @"type:map[string]int", i64 1)
func main() {
	m := map[string]int{"a": 1}
	f(m, "a", 2)
}
