// want: fail_map_invalid_key_struct.go:6:11: error: invalid map key type K
package main

type K struct{ m map[int]int }

var m map[K]int
func main() {}
