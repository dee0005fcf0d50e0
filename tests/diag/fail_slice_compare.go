// want: fail_slice_compare.go:6:6: error: invalid operation: `a == b` (slice can only be compared to nil)
package main

func main() {
	a, b := []int{1}, []int{2}
	_ = a == b
}
