// want: fail_map_duplicate_key_interface.go:5:41: error: duplicate key 1 in map literal
package main

func main() {
	m := map[interface{}]int{1: 1, "1": 2, 1: 3}
	_ = m
}
