// want: fail_variadic_too_few.go:7:2: error: not enough arguments in call to `f`
package main

func f(a int, xs ...int) {}

func main() {
	f()
}
