// want: fail_map_index_not_used.go:6:2: error: `m["a"]` (map index expression of type int) is not used
package main

func main() {
	m := map[string]int{}
	m["a"]
}
