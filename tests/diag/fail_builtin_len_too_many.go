// want: fail_builtin_len_too_many.go:6:10: error: invalid operation: too many arguments for `len(s, s)` (expected 1, found 2)
package main

func main() {
	s := []int{1, 2}
	println(len(s, s))
}
