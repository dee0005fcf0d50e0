// want: fail_numeric_uint_constant_negative.go:5:10: error: `uint8(1) - 2` (constant -1 of type uint8) overflows uint8
package main

func main() {
	println(uint8(1) - 2)
}
