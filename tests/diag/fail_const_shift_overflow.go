// want: fail_const_shift_overflow.go:7:14: error: constant shift overflow
package main

import "fmt"

func main() {
	const h = 1 << 1000
	fmt.Println(h > 1, h>>999)
}
