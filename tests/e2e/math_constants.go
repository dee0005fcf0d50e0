package main

import (
	"fmt"
	"math"
)

func main() {
	floats := []float64{math.E, math.Pi, math.Phi, math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi,
		math.Ln2, math.Log2E, math.Ln10, math.Log10E, math.MaxFloat32, math.SmallestNonzeroFloat32,
		math.MaxFloat64, math.SmallestNonzeroFloat64}
	for _, f := range floats {
		fmt.Printf("%v %x\n", f, math.Float64bits(f))
	}
	fmt.Println(float32(math.Pi), float32(math.MaxFloat32), float32(math.SmallestNonzeroFloat32))
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64)
	fmt.Println(uint(math.MaxUint), math.MaxUint8, math.MaxUint16, math.MaxUint32, uint64(math.MaxUint64))
	var i8 int8 = math.MaxInt8
	var u16 uint16 = math.MaxUint16
	fmt.Println(i8, u16, math.Pi*2, math.MaxUint64/2+1 == 1<<63)
	const big = math.MaxFloat64 / math.SmallestNonzeroFloat64 // an untyped constant beyond float64
	fmt.Println(big > math.MaxFloat64, math.SmallestNonzeroFloat64/2 == 0)
}
