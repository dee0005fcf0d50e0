// want: fail_range_constant_overflows.go:6:20: error: cannot use `1000` (untyped int constant) as int8 value in range clause (overflows)
package main

func main() {
	var small int8
	for small = range 1000 {
	}
	println(small)
}
