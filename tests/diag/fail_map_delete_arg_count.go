// want: fail_map_delete_arg_count.go:6:2: error: invalid operation: not enough arguments for `delete(m)` (expected 2, found 1)
package main

func main() {
	m := map[string]int{}
	delete(m)
}
