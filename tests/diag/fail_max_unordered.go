// want: fail_max_unordered.go:6:14: error: invalid argument: `b` (variable of type bool) cannot be ordered
package main

func main() {
	var b bool
	println(max(b, true))
}
