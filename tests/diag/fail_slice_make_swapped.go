// want: fail_slice_make_swapped.go:5:18: error: invalid argument: length and capacity swapped
package main

func main() {
	_ = make([]int, 5, 2)
}
