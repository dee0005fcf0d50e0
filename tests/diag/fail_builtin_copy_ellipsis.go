// want: fail_builtin_copy_ellipsis.go:6:2: error: invalid operation: invalid use of ... with built-in copy
package main

func main() {
	s := []int{1}
	copy(s, s...)
}
