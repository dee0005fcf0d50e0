// want: fail_unsupported_builtin.go:6:2: error: unsupported: `close`
package main

func main() {
	var a [3]int
	close(a)
}
