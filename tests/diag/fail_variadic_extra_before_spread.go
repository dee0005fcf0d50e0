// want: fail_variadic_extra_before_spread.go:8:10: error: too many arguments in call to `f`
package main

func f(a int, xs ...int) {}

func main() {
	s := []int{1}
	f(1, 2, s...)
}
