// want: fail_variadic_element_type.go:7:7: error: cannot use `"a"` (untyped string constant) as int value in argument to `g`
package main

func g(xs ...int) {}

func main() {
	g(1, "a")
}
