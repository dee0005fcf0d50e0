// want: fail_builtin_copy_too_many.go:6:2: error: invalid operation: too many arguments for `copy(a, b, a)` (expected 2, found 3)
package main

func main() {
	a, b := []int{1}, []int{2}
	copy(a, b, a)
}
