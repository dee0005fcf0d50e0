// want: fail_range_untyped_float.go:5:17: error: cannot range over `1.5` (untyped float constant)
package main

func main() {
	for i := range 1.5 {
		println(i)
	}
}
