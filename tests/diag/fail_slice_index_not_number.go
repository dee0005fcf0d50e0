// want: fail_slice_index_not_number.go:6:8: error: cannot convert `"x"` (untyped string constant) to type int
package main

func main() {
	s := []int{1}
	_ = s["x"]
}
