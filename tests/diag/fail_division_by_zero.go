// want: fail_division_by_zero.go:6:14: error: invalid operation: division by zero
package main

func main() {
	n := 10
	println(n / 0)
}
