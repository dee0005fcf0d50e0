package main

import (
	"fmt"
	"math"
)

func main() {
	negZero := math.Copysign(0, -1)
	values := []float64{0, negZero, 0.3, -0.3, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 2.4999999999999996,
		0.49999999999999994, -0.49999999999999994, 3.7, -3.7, 1e15 + 0.5, 4503599627370495.5,
		-4503599627370495.5, 4503599627370497, 1e300, -1e300, 5e-324, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, v := range values {
		i, f := math.Modf(v)
		fmt.Println(v, math.Trunc(v), math.Floor(v), math.Ceil(v), math.Round(v), math.RoundToEven(v), i, f,
			math.Signbit(math.Trunc(v)), math.Signbit(math.Round(v)), math.Signbit(f))
	}
	pairs := [][2]float64{{7, 3}, {-7, 3}, {7, -3}, {-7, -3}, {7.5, 2}, {1, 0}, {0, 1}, {negZero, 1}, {math.Inf(1), 2},
		{2, math.Inf(1)}, {math.NaN(), 1}, {1, math.NaN()}, {5e-324, 3}, {1e300, 1e-300}, {negZero, 0}, {0, negZero},
		{math.Inf(-1), math.NaN()}, {math.Inf(1), math.NaN()}, {math.Inf(1), math.Inf(1)}}
	for _, p := range pairs {
		x, y := p[0], p[1]
		fmt.Println(x, y, math.Mod(x, y), math.Remainder(x, y), math.Min(x, y), math.Max(x, y),
			math.Signbit(math.Min(x, y)), math.Signbit(math.Max(x, y)), math.Dim(x, y), math.Nextafter(x, y))
	}
	fmt.Println(math.FMA(0.1, 10, -1), 0.1*10-1, math.FMA(2, 3, 4), math.FMA(math.Inf(1), 0, 1))
	fmt.Println(math.Nextafter(1, 2)-1, math.Nextafter(0, -1), math.Nextafter(1, 1))
}
