// want: fail_const_negative_shift.go:8:19: error: invalid operation: negative shift count `-1` (untyped int constant)
package main

import "fmt"

func main() {
	n := 1
	fmt.Println(n << -1)
}
