// want: fail_slice_make_negative.go:5:18: error: invalid argument: index `-1` (constant of type int) must not be negative
package main

func main() {
	_ = make([]int, -1)
}
