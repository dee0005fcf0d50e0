// want: fail_interface_literal_spelling.go:9:14: error: cannot use `shapes` (variable of type []interface{Area() float64; Name() string}) as int value in variable declaration
package main

func main() {
	var shapes []interface {
		Area() float64
		Name() string
	}
	var n int = shapes
	_ = n
}
