// want: fail_const_int_overflow.go:5:14: error: cannot use `1 << 63` (untyped int constant 9223372036854775808) as int value in variable declaration (overflows)
package main

func main() {
	var i int = 1 << 63
	println(i)
}
