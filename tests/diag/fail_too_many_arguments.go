// want: fail_too_many_arguments.go:9:20: error: too many arguments in call to `add`
package main

func add(a, b int) int {
	return a + b
}

func main() {
	println(add(1, 2, 3))
}
