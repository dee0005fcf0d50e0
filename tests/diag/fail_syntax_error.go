// want: fail_syntax_error.go:5:13: error: syntax error: unexpected newline
package main

func main() {
	x := (1 + 2
	println(x)
}
