// want: fail_min_mismatched_types.go:7:17: error: invalid argument: mismatched types int (previous argument) and float64 (type of y)
package main

func main() {
	var x int
	var y float64
	println(min(x, y))
}
