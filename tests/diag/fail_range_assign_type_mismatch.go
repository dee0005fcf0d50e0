// want: fail_range_assign_type_mismatch.go:7:9: error: cannot use `x` (value of type string) as int value in assignment
package main

func main() {
	var a [3]string
	var x int
	for _, x = range a {
	}
	println(x)
}
