// want: fail_const_float_overflow.go:5:18: error: cannot use `1e309` (untyped float constant 1e+309) as float64 value in variable declaration (overflows)
package main

func main() {
	var x float64 = 1e309
	println(x)
}
