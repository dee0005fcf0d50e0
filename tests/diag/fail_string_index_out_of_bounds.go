// want: fail_string_index_out_of_bounds.go:5:16: error: invalid argument: index 5 out of bounds [0:3]
package main

func main() {
	println("abc"[5])
}
