// want: fail_numeric_float_remainder.go:6:10: error: invalid operation: operator % not defined on `f` (variable of type float64)
package main

func main() {
	var f float64 = 2
	println(f % 2)
}
