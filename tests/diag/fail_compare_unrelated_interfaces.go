// want: fail_compare_unrelated_interfaces.go:10:10: error: invalid operation: `a == b` (mismatched types A and B)
package main

type A interface{ M() }
type B interface{ N() }

func main() {
	var a A
	var b B
	println(a == b)
}
