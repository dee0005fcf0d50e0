// want: fail_min_no_arguments.go:5:10: error: invalid operation: not enough arguments for `min()` (expected 1, found 0)
package main

func main() {
	println(min())
}
