// want: fail_deref_non_pointer.go:6:8: error: invalid operation: cannot indirect `x` (variable of type int)
package main

func main() {
	x := 1
	y := *x
	_ = y
}
