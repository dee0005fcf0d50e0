// want: fail_range_int_two_vars.go:5:9: error: range over `10` (untyped int constant) permits only one iteration variable
package main

func main() {
	for i, j := range 10 {
		println(i, j)
	}
}
