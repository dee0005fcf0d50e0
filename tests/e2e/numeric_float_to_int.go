package main

import "fmt"

func values() [8]float64 {
	zero := 0.0
	return [8]float64{1e300, -1e300, zero / zero, 1 / zero, -1.5, 3e9, 9.3e18, 70000}
}

func main() {
	v := values()
	for i := 0; i < len(v); i++ {
		x := v[i]
		fmt.Println(int(x), int64(x), int32(x), int16(x), int8(x), uint(x), uint64(x), uint32(x), uint16(x), uint8(x))
	}
	var f float32 = 1.8e19
	fmt.Println(int(f), uint64(f), int32(f), uint8(f))
	// Integer to float: signed and unsigned, rounding.
	var u uint64 = 1<<64 - 1
	var s int64 = -1 << 63
	fmt.Println(float64(u), float32(u), float64(s), float32(int32(16777217)))
}
