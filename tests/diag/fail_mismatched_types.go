// want: fail_mismatched_types.go:7:10: error: invalid operation: `a + b` (mismatched types int and string)
package main

func main() {
	a := 1
	b := "two"
	println(a + b)
}
