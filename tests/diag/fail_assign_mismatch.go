// want: fail_assign_mismatch.go:6:10: error: cannot use `"many"` (untyped string constant) as int value in assignment
package main

func main() {
	var total int
	total = "many"
	println(total)
}
