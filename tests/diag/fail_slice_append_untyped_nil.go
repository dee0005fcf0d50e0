// want: fail_slice_append_untyped_nil.go:5:14: error: invalid append: argument must be a slice; have untyped nil
package main

func main() {
	s := append(nil, 1)
	println(s)
}
