// want: fail_numeric_typed_constant_overflow.go:6:10: error: `c * 2` (constant 200 of type int8) overflows int8
package main

func main() {
	const c int8 = 100
	println(c * 2)
}
