// want: fail_slice_copy_no_arguments.go:5:6: error: invalid operation: not enough arguments for `copy()` (expected 2, found 0)
package main

func main() {
	_ = copy()
}
