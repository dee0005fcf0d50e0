// want: fail_slice_not_sliceable.go:6:6: error: cannot slice `x` (variable of type int)
package main

func main() {
	x := 1
	_ = x[1:2]
}
