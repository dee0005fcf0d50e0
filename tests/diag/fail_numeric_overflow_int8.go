// want: fail_numeric_overflow_int8.go:5:15: error: cannot use `200` (untyped int constant) as int8 value in variable declaration (overflows)
package main

func main() {
	var x int8 = 200
	println(x)
}
