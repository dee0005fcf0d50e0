// want: fail_const_conversion_truncated.go:7:18: error: cannot convert `0.3 / 0.2` (untyped float constant 1.5) to type int
package main

import "fmt"

func main() {
	fmt.Println(int(0.3 / 0.2))
}
