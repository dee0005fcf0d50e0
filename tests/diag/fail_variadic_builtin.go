// want: fail_variadic_builtin.go:6:6: error: invalid operation: invalid use of ... with built-in len
package main

func main() {
	s := []int{1}
	_ = len(s...)
}
