// want: fail_slice_append_not_slice.go:6:13: error: invalid append: argument must be a slice; have `x` (variable of type int)
package main

func main() {
	x := 1
	_ = append(x, 2)
}
