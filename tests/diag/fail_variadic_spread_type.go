// want: fail_variadic_spread_type.go:8:4: error: cannot use `t` (variable of type []string) as []int value in argument to `g`
package main

func g(xs ...int) {}

func main() {
	var t []string
	g(t...)
}
