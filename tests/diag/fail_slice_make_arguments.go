// want: fail_slice_make_arguments.go:5:6: error: invalid operation: `make([]int)` expects 2 or 3 arguments; found 1
package main

func main() {
	_ = make([]int)
}
