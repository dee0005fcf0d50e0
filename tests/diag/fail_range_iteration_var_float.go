// want: fail_range_iteration_var_float.go:6:6: error: cannot use iteration variable of type float64
package main

func main() {
	var f float64
	for f = range 10 {
	}
	println(f)
}
