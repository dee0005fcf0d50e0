// want: fail_call_ellipsis_only.go:5:10: error: syntax error: unexpected `...`
package main

func main() {
	println(...)
}
