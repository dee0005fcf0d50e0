// want: fail_map_index_key_type.go:6:4: error: cannot use `1` (untyped int constant) as string value in map index
package main

func main() {
	m := map[string]int{}
	m[1] = 2
}
