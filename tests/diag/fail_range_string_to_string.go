// want: fail_range_string_to_string.go:6:6: error: cannot use `s` (value of type int) as string value in assignment
package main

func main() {
	var s string
	for s = range "abc" {
	}
	println(s)
}
