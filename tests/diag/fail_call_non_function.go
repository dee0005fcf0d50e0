// want: fail_call_non_function.go:6:10: error: invalid operation: cannot call non-function `x` (variable of type int)
package main

func main() {
	x := 5
	println(x())
}
