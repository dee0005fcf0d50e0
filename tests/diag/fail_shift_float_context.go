// want: fail_shift_float_context.go:6:18: error: invalid operation: shifted operand `1` (type float64) must be integer
package main

func main() {
	n := 2
	var f float64 = 1 << n
	println(f)
}
