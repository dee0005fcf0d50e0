// want: fail_const_multiplication_overflow.go:9:17: error: constant multiplication overflow
package main

import "fmt"

const big = 1 << 300

func main() {
	fmt.Println(big*big > 0)
}
