// want: fail_unsupported_builtin.go:5:10: error: unsupported: `min`
package main

func main() {
	println(min(3, 4))
}
