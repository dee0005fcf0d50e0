// want: fail_range_struct.go:6:12: error: cannot range over `s` (variable of type struct{})
package main

func main() {
	var s struct{}
	for range s {
	}
}
