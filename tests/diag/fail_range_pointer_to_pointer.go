// want: fail_range_pointer_to_pointer.go:6:12: error: cannot range over `pp` (variable of type **[3]int)
package main

func main() {
	var pp **[3]int
	for range pp {
	}
}
