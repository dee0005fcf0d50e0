// want: fail_builtin_new_too_many.go:5:7: error: invalid operation: too many arguments for `new(int, 2)` (expected 1, found 2)
package main

func main() {
	p := new(int, 2)
	println(p)
}
