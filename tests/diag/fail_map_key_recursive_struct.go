// want: fail_map_key_recursive_struct.go:6:12: error: invalid map key type C
package main

// C holds a D, a map, so C is not comparable: D cannot have C as its key.
type C struct{ d D }
type D map[C]int

func main() {
	var c C
	_ = c
}
