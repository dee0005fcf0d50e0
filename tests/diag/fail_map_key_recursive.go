// want: fail_map_key_recursive.go:4:12: error: invalid map key type T
package main

type T map[T]int

func main() {
	var t T
	_ = t
}
