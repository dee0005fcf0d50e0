// want: fail_range_typed_int_mismatch.go:7:16: error: cannot use `u` (variable of type uint) as int value in range clause
package main

func main() {
	var u uint = 3
	var k int
	for k = range u {
	}
	println(k)
}
