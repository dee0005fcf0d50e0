// want: fail_unsupported_builtin.go:6:10: error: unsupported: `cap`
package main

func main() {
	var a [3]int
	println(cap(a))
}
