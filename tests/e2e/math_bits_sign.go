package main

import (
	"fmt"
	"math"
)

func main() {
	zero := 0.0
	negZero := math.Copysign(0, -1)
	values := []float64{0, negZero, 1, -1, 0.5, -2.75, 1e-310, -5e-324, math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(), -math.NaN(), 3, 1 << 53}
	for _, v := range values {
		frac, exp := math.Frexp(v)
		fmt.Printf("%v bits=%#x signbit=%v abs=%v nan=%v inf=%v/%v/%v frexp=(%v, %d) ldexp=%v\n", v, math.Float64bits(v),
			math.Signbit(v), math.Abs(v), math.IsNaN(v), math.IsInf(v, 0), math.IsInf(v, 1), math.IsInf(v, -1),
			frac, exp, math.Ldexp(frac, exp))
		fmt.Println("  copysign", math.Copysign(3, v), math.Copysign(v, -1), math.Copysign(v, 1), math.Float64bits(math.Abs(v)))
	}
	fmt.Printf("%#x %#x %#x\n", math.Float64bits(math.NaN()), math.Float64bits(math.Inf(1)), math.Float64bits(math.Inf(-5)))
	fmt.Println(math.Float64frombits(0x3ff8000000000000), math.Float64frombits(1), math.Float64frombits(0x7ff0000000000000), math.Float64frombits(0xfff8000000000000))
	fmt.Printf("%#x %#x %v %v\n", math.Float32bits(1.5), math.Float32bits(-0.1), math.Float32frombits(0x3f800000), math.Float32frombits(0x00000001))
	fmt.Println(math.Float32bits(float32(math.Inf(-1))), math.Float32frombits(0x7f7fffff) == math.MaxFloat32)
	for _, e := range []int{-1080, -1075, -1074, -1073, -1023, -1022, -1, 0, 1, 1023, 1024, 5000, -5000} {
		fmt.Println(e, math.Ldexp(1, e), math.Ldexp(0.75, e), math.Ldexp(-1.5, e))
	}
	fmt.Println(math.Ldexp(math.Inf(1), -3), math.Ldexp(math.NaN(), 2), math.Ldexp(negZero, 10), math.Ldexp(3, -1075), math.Ldexp(1.5, -1075))
	fmt.Println(zero, negZero, 1/negZero)
}
