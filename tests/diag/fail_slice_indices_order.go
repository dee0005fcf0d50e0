// want: fail_slice_indices_order.go:6:10: error: invalid slice indices: 1 < 2
package main

func main() {
	s := []int{1, 2, 3}
	_ = s[2:1]
}
