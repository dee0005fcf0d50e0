// want: fail_builtin_complex_one_argument.go:6:10: error: invalid operation: not enough arguments for `complex(x)` (expected 2, found 1)
package main

func main() {
	x := 1.5
	println(complex(x))
}
