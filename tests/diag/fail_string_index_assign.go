// want: fail_string_index_assign.go:6:2: error: cannot assign to `s[0]` (neither addressable nor a map index expression)
package main

func main() {
	s := "abc"
	s[0] = 1
}
