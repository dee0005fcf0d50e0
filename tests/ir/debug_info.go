// `minigo ir -g` keeps the full DWARF that `build -g` emits: subprograms named as Go names them,
// parameters and locals declared on their frame slots (through the heap cell, or the closure's
// cell pointer, with a DW_OP_deref), package variables as offsets into main.vars, and a DWARF
// type for each Go type. The IR passes the verifier at -O0 and -O2.
// RUN: %minigo ir -g %s | FileCheck %s
// RUN: %minigo ir -g -O0 %s | %opt -passes=verify -disable-output
// RUN: %minigo ir -g -O2 %s | %opt -passes=verify -disable-output
package main

type Celsius float64

type Node struct {
	Name string
	Next *Node
	Temp Celsius
	Tags [2]bool
	Any  any
	Fn   func(int) int
}

var counter int

var lastCount func() // keeps walk's closure, so that `steps` lives in a heap cell

// CHECK-LABEL: define internal i64 @main.walk(
// CHECK-SAME: ptr %env, ptr %n, i64 %limit) {{.*}}!dbg [[WALK:![0-9]+]]
// CHECK-DAG: #dbg_declare(ptr %n{{[0-9]*}}, [[N:![0-9]+]], !DIExpression(),
// CHECK-DAG: #dbg_declare(ptr %limit{{[0-9]*}}, [[LIMIT:![0-9]+]], !DIExpression(),
// CHECK-DAG: #dbg_declare(ptr %steps.cellp, [[STEPS:![0-9]+]], !DIExpression(DW_OP_deref),
// CHECK: ret i64
func walk(n *Node, limit int) int {
	steps := 0
	count := func() { steps++ }
	lastCount = count
	for p := n; p != nil && steps < limit; p = p.Next {
		count()
	}
	return steps
}

// The closure reads `steps` through its cell pointer.
// CHECK-LABEL: define internal void @main.walk.func1(
// CHECK: #dbg_value(ptr %steps.cell, [[STEPS_IN_CLOSURE:![0-9]+]], !DIExpression(DW_OP_deref),

func main() {
	n := &Node{Name: "a", Temp: 20.5}
	n.Next = &Node{Name: "b"}
	counter = walk(n, 10)
	println(counter)
}

// CHECK-DAG: !DIGlobalVariableExpression(var: [[COUNTER:![0-9]+]], expr: !DIExpression(DW_OP_plus_uconst, 0))
// CHECK-DAG: [[COUNTER]] = distinct !DIGlobalVariable(name: "main.counter", {{.*}}type: [[INT:![0-9]+]]
// CHECK-DAG: !DICompileUnit(language: DW_LANG_Go, {{.*}}emissionKind: FullDebug
// CHECK-DAG: [[WALK]] = distinct !DISubprogram(name: "main.walk", linkageName: "main.walk", {{.*}}type: [[WALK_TYPE:![0-9]+]]
// CHECK-DAG: [[WALK_TYPE]] = !DISubroutineType(types: [[WALK_TYPES:![0-9]+]])
// CHECK-DAG: [[WALK_TYPES]] = !{[[INT]], [[NODE_PTR:![0-9]+]], [[INT]]}
// CHECK-DAG: [[N]] = !DILocalVariable(name: "n", arg: 1, {{.*}}type: [[NODE_PTR]])
// CHECK-DAG: [[LIMIT]] = !DILocalVariable(name: "limit", arg: 2, {{.*}}type: [[INT]])
// CHECK-DAG: [[STEPS]] = !DILocalVariable(name: "steps", scope: [[WALK]], {{.*}}type: [[INT]])
// CHECK-DAG: [[STEPS_IN_CLOSURE]] = !DILocalVariable(name: "steps", {{.*}}type: [[INT]])
// CHECK-DAG: [[INT]] = !DIBasicType(name: "int", size: 64, encoding: DW_ATE_signed)
// CHECK-DAG: [[NODE_PTR]] = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*main.Node", baseType: [[NODE:![0-9]+]], size: 64)
// CHECK-DAG: [[NODE]] = !DICompositeType(tag: DW_TAG_structure_type, name: "main.Node", {{.*}}size: 512, align: 64, elements: [[FIELDS:![0-9]+]])
// CHECK-DAG: [[FIELDS]] = !{[[NAME:![0-9]+]], [[NEXT:![0-9]+]], [[TEMP:![0-9]+]], [[TAGS:![0-9]+]], [[ANY:![0-9]+]], [[FN:![0-9]+]]}
// CHECK-DAG: [[NAME]] = !DIDerivedType(tag: DW_TAG_member, name: "Name", {{.*}}baseType: [[STRING:![0-9]+]], size: 128, align: 64)
// CHECK-DAG: [[NEXT]] = !DIDerivedType(tag: DW_TAG_member, name: "Next", {{.*}}baseType: [[NODE_PTR]], size: 64, align: 64, offset: 128)
// CHECK-DAG: [[TEMP]] = !DIDerivedType(tag: DW_TAG_member, name: "Temp", {{.*}}baseType: [[CELSIUS:![0-9]+]], size: 64, align: 64, offset: 192)
// CHECK-DAG: [[TAGS]] = !DIDerivedType(tag: DW_TAG_member, name: "Tags", {{.*}}baseType: [[BOOLS:![0-9]+]], size: 16, align: 8, offset: 256)
// CHECK-DAG: [[ANY]] = !DIDerivedType(tag: DW_TAG_member, name: "Any", {{.*}}baseType: [[IFACE:![0-9]+]], size: 128, align: 64, offset: 320)
// CHECK-DAG: [[FN]] = !DIDerivedType(tag: DW_TAG_member, name: "Fn", {{.*}}baseType: [[FUNC:![0-9]+]], size: 64, align: 64, offset: 448)
// CHECK-DAG: [[STRING]] = !DICompositeType(tag: DW_TAG_structure_type, name: "string", {{.*}}size: 128
// CHECK-DAG: [[CELSIUS]] = !DIDerivedType(tag: DW_TAG_typedef, name: "main.Celsius", {{.*}}baseType: [[FLOAT:![0-9]+]])
// CHECK-DAG: [[FLOAT]] = !DIBasicType(name: "float64", size: 64, encoding: DW_ATE_float)
// CHECK-DAG: [[BOOLS]] = !DICompositeType(tag: DW_TAG_array_type, baseType: [[BOOL:![0-9]+]], size: 16, align: 8, elements: [[RANGE:![0-9]+]])
// CHECK-DAG: [[RANGE]] = !{[[SUBRANGE:![0-9]+]]}
// CHECK-DAG: [[SUBRANGE]] = !DISubrange(count: 2, lowerBound: 0)
// CHECK-DAG: [[BOOL]] = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
// CHECK-DAG: [[IFACE]] = !DICompositeType(tag: DW_TAG_structure_type, name: "interface {}", {{.*}}size: 128
// CHECK-DAG: [[FUNC]] = !DIDerivedType(tag: DW_TAG_pointer_type, name: "func(int) int", baseType: [[SIG:![0-9]+]], size: 64)
// CHECK-DAG: [[SIG]] = !DISubroutineType(types: [[SIG_TYPES:![0-9]+]])
// CHECK-DAG: [[SIG_TYPES]] = !{[[INT]], [[INT]]}
