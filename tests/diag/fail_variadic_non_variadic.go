// want: fail_variadic_non_variadic.go:8:2: error: cannot use ... in call to non-variadic `h`
package main

func h(a, b int) {}

func main() {
	s := []int{1, 2}
	h(s...)
}
