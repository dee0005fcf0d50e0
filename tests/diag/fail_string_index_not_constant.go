// want: fail_string_index_not_constant.go:5:12: error: `"abc"[1]` (value of type uint8) is not constant
package main

func main() {
	const c = "abc"[1]
	println(c)
}
