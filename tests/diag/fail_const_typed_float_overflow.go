// want: fail_const_typed_float_overflow.go:8:14: error: `max * 2` (constant 3.59539e+308 of type float64) overflows float64
package main

import "fmt"

func main() {
	const max float64 = 1.7976931348623157e308
	fmt.Println(max * 2)
}
