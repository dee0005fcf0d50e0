// want: fail_numeric_complex_to_float.go:6:26: error: cannot convert `c` (variable of type complex64) to type float64
package main

func main() {
	var c complex64 = 1
	var f float64 = float64(c)
	println(f)
}
