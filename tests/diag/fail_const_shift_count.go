// want: fail_const_shift_count.go:7:21: error: invalid operation: invalid shift count `1075` (untyped int constant)
package main

import "fmt"

func main() {
	fmt.Println(2.0 << 1075)
}
