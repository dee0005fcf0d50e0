package main

import "fmt"

// %b of floats (decimal mantissa, power of two) and %x/%X (hex mantissa normalised to a leading
// 1, subnormals too, rounded half to even at a precision), with width, flags and padding.
func main() {
	values := [...]float64{0, 1, -1, 1.5, 0.1, 1e6, 123456789, 2.2250738585072014e-308, 1e-320, 5e-324, 1.7976931348623157e308}
	for i := 0; i < len(values); i++ {
		v := values[i]
		fmt.Printf("%b|%+b|%.3b|%x|%X|%.0x|%.1x|%.3x|%.13x|%.16X\n", v, v, v, v, v, v, v, v, v, v)
	}
	// Ties round to even; rounding up can carry into the leading digit.
	fmt.Printf("%.0x %.0x %.0x %.1x %.1x %.2x\n", 1.5, 2.5, 3.5, 1.03125, 1.09375, 1.99999)
	fmt.Printf("[%20b] [%-20b] [%020b] [% b]\n", 1.0, 1.0, -1.0, 1.0)
	fmt.Printf("[%16x] [%-16x] [%016x] [%+x] [% X] [%08.2x]\n", 1.5, 1.5, -1.5, 1.5, 1.5, 0.75)
	negZero := 0.0
	negZero = -negZero
	inf := 1e308
	inf = inf * 10
	fmt.Printf("%b %x %b %x %b %X\n", negZero, negZero, inf, -inf, inf-inf, inf-inf)
}
