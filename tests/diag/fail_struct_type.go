// want: fail_struct_type.go:4:12: error: unsupported: struct types
package main

type Point struct {
	X, Y int
}

func main() {}
