// want: fail_slice_middle_index.go:6:10: error: middle index required in 3-index slice
package main

func main() {
	s := []int{1, 2, 3}
	_ = s[1::3]
}
