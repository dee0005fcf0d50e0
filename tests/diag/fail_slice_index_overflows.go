// want: fail_slice_index_overflows.go:6:9: error: `1<<70` (untyped int constant 1180591620717411303424) overflows int
package main

func main() {
	s := []int{1}
	_ = s[:1<<70]
}
