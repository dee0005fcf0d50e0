// want: fail_numeric_real_of_int.go:6:15: error: invalid argument: argument has type int, expected complex type
package main

func main() {
	var i int = 1
	println(real(i))
}
