// want: fail_defined_mismatch.go:9:10: error: invalid operation: `c + f` (mismatched types Celsius and float64)
package main

type Celsius float64

func main() {
	var c Celsius = 10
	var f float64 = 2
	println(c + f)
}
