// want: fail_struct_unknown_field.go:9:19: error: unknown field `Z` in struct literal of type Point
package main

type Point struct {
	X, Y int
}

func main() {
	p := Point{X: 1, Z: 2}
	_ = p
}
