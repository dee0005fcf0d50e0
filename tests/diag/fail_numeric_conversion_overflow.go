// want: fail_numeric_conversion_overflow.go:5:16: error: constant 70000 overflows int16
package main

func main() {
	println(int16(70000))
}
