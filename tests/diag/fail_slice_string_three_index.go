// want: fail_slice_string_three_index.go:6:12: error: invalid operation: 3-index slice of string
package main

func main() {
	s := "abc"
	_ = s[1:2:3]
}
