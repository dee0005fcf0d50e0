// want: fail_map_make_too_many.go:5:6: error: invalid operation: `make(map[int]int, 1, 2)` expects 1 or 2 arguments; found 3
package main

func main() {
	_ = make(map[int]int, 1, 2)
}
