// want: fail_slice_cap_string.go:5:10: error: invalid argument: `"abc"` (untyped string constant) for built-in `cap`
package main

func main() {
	_ = cap("abc")
}
