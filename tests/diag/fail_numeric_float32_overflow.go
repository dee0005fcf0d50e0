// want: fail_numeric_float32_overflow.go:5:18: error: cannot use `1e39` (untyped float constant 1e+39) as float32 value in variable declaration (overflows)
package main

func main() {
	var f float32 = 1e39
	println(f)
}
