// want: fail_range_three_vars.go:6:12: error: range clause permits at most two iteration variables
package main

func main() {
	var a [3]int
	for i, j, k := range a {
		println(i, j, k)
	}
}
