// want: fail_map_clear_not_map.go:6:8: error: invalid argument: cannot clear `s` (variable of type string): argument must be (or constrained by) map or slice
package main

func main() {
	s := "x"
	clear(s)
}
