// want: fail_variadic_spread_multi_value.go:9:2: error: cannot use ... with 2-valued `pair()`
package main

import "fmt"

func pair() (int, string) { return 1, "one" }

func main() {
	fmt.Println(pair()...)
}
