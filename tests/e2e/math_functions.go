package main

import (
	"fmt"
	"math"
)

// Transcendental results are printed to 12 significant digits: minigo's libm and Go's own code
// may differ in the last bit.
func show(name string, vs ...float64) {
	fmt.Print(name)
	for _, v := range vs {
		fmt.Printf(" %.12g", v)
	}
	fmt.Println()
}

func main() {
	inf, nan, negZero := math.Inf(1), math.NaN(), math.Copysign(0, -1)
	for _, x := range []float64{0, 0.25, 1, 2, 4, 10, 1e10, 123.456, 2e-300} {
		show("sqrt/cbrt", x, math.Sqrt(x), math.Cbrt(x), math.Cbrt(-x))
	}
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Sqrt(negZero), math.Sqrt(inf), math.Cbrt(27), math.Cbrt(-8), math.Cbrt(inf))
	for _, x := range []float64{-3, -1, -0.5, 0, 0.5, 1, 2, 10, 100, 700} {
		show("exp", x, math.Exp(x), math.Exp2(x), math.Expm1(x/100))
	}
	fmt.Println(math.Exp(0), math.Exp(1000), math.Exp(-1000), math.Exp(inf), math.Exp(-inf), math.Exp(nan), math.Exp2(10), math.Exp2(-1074))
	for _, x := range []float64{1e-300, 0.001, 0.5, 1, 2, math.E, 10, 1024, 1e300} {
		show("log", x, math.Log(x), math.Log2(x), math.Log10(x), math.Log1p(x))
	}
	fmt.Println(math.Log(1), math.Log(0), math.Log(-1), math.Log(inf), math.Log2(8), math.Log2(0.125), math.Log2(1<<60), math.Log10(1000), math.Log10(1e-5), math.Log2(0), math.Log2(-2))
	for _, p := range [][2]float64{{2, 10}, {2, 0.5}, {2, -2}, {-2, 3}, {-8, 1.0 / 3}, {10, 15}, {1.5, 2.5}, {0, -1}, {negZero, -3}, {negZero, 3}, {-1, inf}, {1, nan}, {nan, 0}, {0.5, inf}, {2, -inf}, {-inf, 3}, {-inf, -2}, {inf, 0.5}} {
		show("pow", p[0], p[1], math.Pow(p[0], p[1]))
		show("hypot", math.Hypot(p[0], p[1]))
	}
	fmt.Println(math.Pow(2, 10), math.Pow(3, 3), math.Pow(-2, 5), math.Pow(7, 0), math.Pow(0, 0), math.Pow(1, nan), math.Hypot(3, 4), math.Hypot(inf, nan), math.Hypot(nan, 1))
	for _, x := range []float64{0, math.Pi / 6, math.Pi / 4, math.Pi / 2, 1, -1, 2, 3, 10, -100, 1e6} {
		s, c := math.Sincos(x)
		show("trig", x, math.Sin(x), math.Cos(x), math.Tan(x), math.Atan(x), s, c, math.Sinh(x/10), math.Cosh(x/10), math.Tanh(x/10))
	}
	for _, x := range []float64{-1, -0.5, 0, 0.5, 1, 1.5} {
		show("inverse", x, math.Asin(x), math.Acos(x))
	}
	for _, p := range [][2]float64{{1, 1}, {1, -1}, {-1, -1}, {-1, 1}, {0, -1}, {negZero, -1}, {0, 1}, {1, 0}, {inf, inf}, {-inf, inf}, {inf, -inf}, {3, -inf}, {-3, -inf}, {nan, 1}} {
		show("atan2", p[0], p[1], math.Atan2(p[0], p[1]))
	}
	fmt.Println(math.Sin(negZero), math.Sin(inf), math.Cos(inf), math.Tan(negZero), math.Atan(inf), math.Atan(negZero), math.Asin(2), math.Acos(1), math.Tanh(inf), math.Sinh(-inf))
}
