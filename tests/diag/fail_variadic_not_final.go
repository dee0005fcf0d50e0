// want: fail_variadic_not_final.go:4:11: error: can only use `...` with final parameter
package main

func f(xs ...int, y int) {}

func main() {
	f(1, 2)
}
