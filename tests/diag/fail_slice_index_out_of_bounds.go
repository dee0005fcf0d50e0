// want: fail_slice_index_out_of_bounds.go:6:10: error: invalid argument: index 5 out of bounds [0:5]
package main

func main() {
	var a [4]int
	_ = a[1:5]
}
