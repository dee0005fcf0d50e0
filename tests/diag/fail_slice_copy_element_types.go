// want: fail_slice_copy_element_types.go:7:11: error: invalid copy: arguments `s` (variable of type []int) and `t` (variable of type []string) have different element types int and string
package main

func main() {
	s := []int{}
	t := []string{}
	_ = copy(s, t)
}
