// want: fail_numeric_mixed_uint_int.go:7:10: error: invalid operation: `u + i` (mismatched types uint and int)
package main

func main() {
	var u uint = 1
	var i int = 2
	println(u + i)
}
