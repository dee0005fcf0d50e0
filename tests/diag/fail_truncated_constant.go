// want: fail_truncated_constant.go:5:14: error: cannot use `3.5` (untyped float constant) as int value in variable declaration (truncated)
package main

func main() {
	var n int = 3.5
	println(n)
}
