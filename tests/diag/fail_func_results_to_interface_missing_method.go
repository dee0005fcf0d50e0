// want: fail_func_results_to_interface_missing_method.go:11:12: error: cannot use `pair()` (value of type int) as fmt.Stringer value in assignment: int does not implement fmt.Stringer (missing method `String`)
package main

import "fmt"

func pair() (int, string) { return 1, "one" }

func main() {
	var s fmt.Stringer
	var name string
	s, name = pair()
	fmt.Println(s, name)
}
