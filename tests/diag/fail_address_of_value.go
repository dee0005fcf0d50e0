// want: fail_address_of_value.go:7:8: error: invalid operation: cannot take address of `f()` (value of type int)
package main

func f() int { return 1 }

func main() {
	p := &f()
	_ = p
}
