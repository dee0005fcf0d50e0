package main

import "fmt"

// The '#' flag of the float verbs: a decimal point always, and trailing zeros kept by %#g and
// %#x (up to the precision, 6 by default) but not by %#X.
func main() {
	values := [...]float64{0, 1, -1, 1.5, 0.0001, 1e-5, 1e6, 123456789, 3.14159, 5e-324}
	for i := 0; i < len(values); i++ {
		v := values[i]
		fmt.Printf("%#g|%#G|%#.3g|%#.0g|%#.10g|%#e|%#.0e|%#f|%#.0f|%#F\n", v, v, v, v, v, v, v, v, v, v)
		fmt.Printf("%#x|%#.0x|%#.3x|%#X|%#.3X|%#v\n", v, v, v, v, v, v)
	}
	fmt.Printf("[%#12g] [%#-12g] [%#012g] [%+#g] [% #.2e] [%#010.1f]\n", 2.5, 2.5, -2.5, 2.5, 2.5, -2.5)
	negZero := 0.0
	negZero = -negZero
	inf := 1e308
	inf = inf * 10
	fmt.Printf("%#g|%#e|%#x|%#g|%#g|%#8.2f\n", negZero, negZero, negZero, inf, -inf, inf-inf)
}
