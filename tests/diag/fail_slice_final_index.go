// want: fail_slice_final_index.go:6:12: error: final index required in 3-index slice
package main

func main() {
	s := []int{1, 2, 3}
	_ = s[1:2:]
}
