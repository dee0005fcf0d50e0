// want: fail_variadic_conversion.go:6:10: error: invalid use of ... in conversion to int
package main

func main() {
	s := []int{1}
	_ = int(s...)
}
