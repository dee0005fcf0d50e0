// want: fail_map_make_negative.go:5:24: error: invalid argument: index `-1` (constant of type int) must not be negative
package main

func main() {
	_ = make(map[int]int, -1)
}
