// want: fail_const_conversion_overflow.go:7:18: error: constant 9223372036854775808 overflows int
package main

import "fmt"

func main() {
	fmt.Println(int(1 << 63))
}
