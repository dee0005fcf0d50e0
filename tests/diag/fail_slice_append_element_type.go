// want: fail_slice_append_element_type.go:6:16: error: cannot use `"a"` (untyped string constant) as int value in argument to `append`
package main

func main() {
	s := []int{}
	_ = append(s, "a")
}
