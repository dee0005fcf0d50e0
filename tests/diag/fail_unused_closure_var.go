// want: fail_unused_closure_var.go:6:3: error: declared and not used: `tmp`
package main

func main() {
	f := func() int {
		tmp := 2
		return 1
	}
	println(f())
}
