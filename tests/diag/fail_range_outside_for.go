// want: fail_range_outside_for.go:5:7: error: syntax error: unexpected `range`
package main

func main() {
	x := range 3
	println(x)
}
