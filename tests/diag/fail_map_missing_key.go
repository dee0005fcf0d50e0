// want: fail_map_missing_key.go:5:29: error: missing key in map literal
package main

func main() {
	_ = map[string]int{"a": 1, 2}
}
