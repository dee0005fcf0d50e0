package main

import (
	"fmt"
	"math"
)

// Exact functions over random bit patterns (every exponent, subnormals, infinities and NaNs),
// summarised by a hash of their results; NaN results count as one value, whatever their bits.
func main() {
	seed := uint64(2024)
	next := func() uint64 {
		seed = seed*6364136223846793005 + 1442695040888963407
		return seed
	}
	hash := uint64(14695981039346656037)
	add := func(f float64) {
		b := uint64(1)
		if f == f {
			b = math.Float64bits(f)
		}
		hash = (hash ^ b) * 1099511628211
	}
	for i := 0; i < 200000; i++ {
		x := math.Float64frombits(next())
		if i%3 == 0 { // mostly small magnitudes, where the fraction matters
			x = math.Ldexp(float64(next()>>11)/(1<<53), int(next()%120)-60)
			if next()%2 == 0 {
				x = -x
			}
		}
		y := math.Float64frombits(next())
		if i%5 == 0 {
			y = x
		}
		integer, frac := math.Modf(x)
		fr, exp := math.Frexp(x)
		for _, r := range []float64{math.Trunc(x), math.Floor(x), math.Ceil(x), math.Round(x), math.RoundToEven(x),
			integer, frac, fr, float64(exp), math.Ldexp(fr, exp), math.Abs(x), math.Copysign(x, y),
			math.Min(x, y), math.Max(x, y), math.Dim(x, y), math.Nextafter(x, y), math.Mod(x, y),
			math.Sqrt(x), math.FMA(x, y, 1)} {
			add(r)
		}
	}
	fmt.Println(hash)
}
