// want: fail_slice_type.go:5:8: error: unsupported: slices
package main

func main() {
	var s []int
	_ = s
}
