// want: fail_map_duplicate_key.go:5:38: error: duplicate key "a" in map literal
package main

func main() {
	m := map[string]int{"a": 1, "b": 2, "a": 3}
	_ = m
}
