// want: fail_numeric_complex_ordered.go:6:10: error: invalid operation: `c < c` (operator < not defined on complex128)
package main

func main() {
	var c complex128
	println(c < c)
}
