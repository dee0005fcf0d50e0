// want: fail_missing_method.go:11:23: error: cannot use `Celsius(20)` (constant 20 of type Celsius) as fmt.Stringer value in variable declaration: Celsius does not implement fmt.Stringer (missing method `String`)
package main

import "fmt"

type Celsius float64

func (c Celsius) Degrees() float64 { return float64(c) }

func main() {
	var s fmt.Stringer = Celsius(20)
	fmt.Println(s)
}
