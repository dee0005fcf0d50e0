// want: fail_map_comma_ok_wrong_type.go:8:13: error: cannot use `m[1]` (untyped bool value) as int value in assignment
package main

func main() {
	m := map[int]string{1: "one"}
	var v string
	var found int
	v, found = m[1]
	println(v, found)
}
