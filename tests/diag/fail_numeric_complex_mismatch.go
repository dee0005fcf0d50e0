// want: fail_numeric_complex_mismatch.go:7:18: error: invalid operation: `complex(x, y)` (mismatched types float64 and float32)
package main

func main() {
	var x float64 = 1
	var y float32 = 2
	println(complex(x, y))
}
