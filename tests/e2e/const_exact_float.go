package main

import "fmt"

// Untyped float constants are exact and rounded to float64 once, where they get that type.
const third = 1.0 / 3

func main() {
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3)
	fmt.Println(int(0.3/0.1), third*3 == 1, third)

	// Typed float64 constants are rounded after each operation, like the machine's.
	const a float64 = 0.1
	fmt.Println(a+0.2, a+0.2 == 0.3)

	// An integral float constant converts to int.
	const f = 1e20 / 1e10
	var i int = f
	fmt.Println(i, int(1e18), int(2.0))

	// A constant has no negative zero.
	fmt.Println(-0.0)
	x := -0.0
	fmt.Println(1/x, 1/-x)

	// Values outside float64 are fine until a float64 needs them.
	fmt.Println(1e400/1e399, 1e-400*1e400, 1e400 > 1e399)

	// Round to nearest, ties to even, from the exact value.
	fmt.Println(float64(1<<53+1), float64(1<<53+3), 9007199254740993.0)
	fmt.Println(1.7976931348623157e308, 4e-324, 2e-324, 3e-324)
	fmt.Println(0.1*3, 1.0/49*49, 100000.5, 1e21, 123456789.0)
}
