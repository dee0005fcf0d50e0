// want: fail_constant_overflow.go:5:9: error: cannot use `1 << 64` (untyped int constant 18446744073709551616) as int value in assignment (overflows)
package main

func main() {
	big := 1 << 64
	println(big)
}
