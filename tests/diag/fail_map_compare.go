// want: fail_map_compare.go:6:6: error: invalid operation: `a == b` (map can only be compared to nil)
package main

func main() {
	a, b := map[int]int{}, map[int]int{}
	_ = a == b
}
