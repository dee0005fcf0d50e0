// want: fail_builtin_new_unused.go:5:2: error: `new(int)` (value of type *int) is not used
package main

func main() {
	new(int)
}
