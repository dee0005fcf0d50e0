// want: fail_variadic_fmt_slice.go:8:14: error: cannot use `s` (variable of type []int) as []any value in argument to `fmt.Println`
package main

import "fmt"

func main() {
	s := []int{1}
	fmt.Println(s...)
}
