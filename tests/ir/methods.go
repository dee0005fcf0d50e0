// A method of a defined type is a plain function whose first parameter is the receiver, called
// directly; through an interface, the method's code is looked up in the dynamic type's method
// table (through the call site's cache) and called with the interface's data word, through a
// wrapper that unboxes the receiver.
// RUN: %minigo ir %s | FileCheck %s
package main

// The call site's cache: four entries of a dynamic type seen (at first, the cache's own address,
// which no type has) and its code, indexed by a hash of the type; the runtime is asked only on a
// miss.
// CHECK: @[[CACHE:method.cache.Warmer]] = internal global [4 x { ptr, ptr }] [{ ptr, ptr } { ptr @[[CACHE]], ptr null }, {{.*}}]
// CHECK: @"type:main.Celsius" = internal constant { i64, ptr, ptr, i64, i64, ptr, ptr, i64, i64, i64, ptr, i64 } { i64 4, ptr @[[NAME:.cstr[.0-9]*]], ptr @"methods:main.Celsius", i64 1, i64 8, ptr null, ptr null, i64 0, i64 0, i64 0, ptr null, i64 0 }
// CHECK: @[[NAME]] = {{.*}} c"main.Celsius\00"
// CHECK: @"methods:main.Celsius" = private constant [1 x { ptr, ptr, ptr }] [{ ptr, ptr, ptr } { ptr @{{.*}}, ptr @{{.*}}, ptr @"main.Celsius.Warmer$iface" }]
type Celsius float64

// CHECK-LABEL: define internal double @main.Celsius.Warmer(ptr %env, double %c, double %d)
func (c Celsius) Warmer(d float64) Celsius { return c + Celsius(d) }

type Warmer interface{ Warmer(d float64) Celsius }

// CHECK-LABEL: define internal double @main.direct(
// CHECK: call double @main.Celsius.Warmer(ptr null, double %{{.*}}, double 1.000000e+00)
func direct(c Celsius) Celsius { return c.Warmer(1) }

// CHECK-LABEL: define internal double @main.dynamic(
// CHECK: %[[TYPE:[0-9]+]] = extractvalue %iface %{{[0-9]+}}, 0
// CHECK: %[[BITS:[0-9]+]] = ptrtoint ptr %[[TYPE]] to i64
// CHECK: %[[HASH:[0-9]+]] = mul i64 %[[BITS]], -7046029254386353131
// CHECK: %[[INDEX:[0-9]+]] = lshr i64 %[[HASH]], 62
// CHECK: %[[TYPESLOT:[0-9]+]] = getelementptr inbounds [4 x { ptr, ptr }], ptr @[[CACHE]], i64 0, i64 %[[INDEX]], i32 0
// CHECK: %[[CODESLOT:[0-9]+]] = getelementptr inbounds [4 x { ptr, ptr }], ptr @[[CACHE]], i64 0, i64 %[[INDEX]], i32 1
// CHECK: %[[SEEN:[0-9]+]] = load ptr, ptr %[[TYPESLOT]]
// CHECK: icmp eq ptr %[[SEEN]], %[[TYPE]]
// CHECK: method.cached:
// CHECK: %[[CACHED:[0-9]+]] = load ptr, ptr %[[CODESLOT]]
// CHECK: method.lookup:
// CHECK: %[[FOUND:[0-9]+]] = call ptr @minigo_method_lookup(ptr %[[TYPE]], ptr @{{.*}})
// CHECK: store ptr %[[FOUND]], ptr %[[CODESLOT]]
// CHECK: store ptr %[[TYPE]], ptr %[[TYPESLOT]]
// CHECK: %[[CODE:[a-z0-9]+]] = phi ptr [ %[[CACHED]], %method.cached ], [ %[[FOUND]], %method.lookup ]
// CHECK: %[[DATA:[0-9]+]] = extractvalue %iface %{{.*}}, 1
// CHECK: call double %[[CODE]](ptr %[[DATA]], double 2.000000e+00)
func dynamic(w Warmer) Celsius { return w.Warmer(2) }

func main() {
	println(direct(1), dynamic(Celsius(3)))
}

// The wrapper unboxes the receiver, hands a deferred call's recover token on to the method,
// then calls it.
// CHECK-LABEL: define internal double @"main.Celsius.Warmer$iface"(ptr %0, double %1)
// CHECK: %[[RECV:[0-9]+]] = bitcast i64 %{{[0-9]+}} to double
// CHECK: %[[TOKEN:[0-9]+]] = load ptr, ptr @minigo_recover_token
// CHECK: icmp eq ptr %[[TOKEN]], @"main.Celsius.Warmer$iface"
// CHECK: store ptr %{{[0-9]+}}, ptr @minigo_recover_token
// CHECK: call double @main.Celsius.Warmer(ptr null, double %[[RECV]], double %1)
