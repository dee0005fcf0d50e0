// want: fail_slice_ordered.go:6:6: error: invalid operation: `s < s` (operator < not defined on slice)
package main

func main() {
	s := []int{1}
	_ = s < s
}
