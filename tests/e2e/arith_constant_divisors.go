package main

import (
	"fmt"
	"math"
)

// Division and remainder by constant divisors (whose checks the compiler decides at compile time)
// next to variable ones that are checked when the program runs: results, signs, overflow of the
// most negative value divided by -1, and the panic of a variable zero divisor.

//go:noinline
func div(a, b int64) (int64, int64) { return a / b, a % b }

func main() {
	values := []int64{math.MinInt64, -13, -1, 0, 1, 7, 13, math.MaxInt64}
	for _, v := range values {
		fmt.Println(v, v/13, v%13, v/-1, v%-1, v/1, v%1, v/-7, v%-7)
		q, r := div(v, -1)
		fmt.Println("  by -1:", q, r)
	}
	var i8 int8 = math.MinInt8
	var u8 uint8 = 250
	fmt.Println(i8/-1, i8%-1, u8/7, u8%7, u8*0, i8*0)
	var zero int64
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(values[0] / zero)
}
