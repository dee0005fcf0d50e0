package main

import (
	"fmt"
)

type Score uint8

func main() {
	x, y, z := 3, -7, 5
	fmt.Println(min(x, y, z), max(x, y, z), min(x), max(x, 10))
	const k = max(1, 2.5, 2)
	fmt.Println(k, min(1, 2.5), max("apple", "banana", "cherry"), min("b", "a"))
	zero := 0.0
	nan := zero / zero
	negZero := -zero
	fmt.Println(min(1.0, nan), max(nan, 1.0), min(negZero, zero), max(negZero, zero), min(zero, negZero))
	var a, b Score = 200, 100
	fmt.Println(min(a, b), max(a, b, 255))
	var f float32 = 1.5
	fmt.Println(min(f, 2), max(f, -1))
	s := "zeta"
	fmt.Println(min(s, "alpha"), max(s, "alpha"))
	var n uint = 2
	fmt.Println(min(1<<n, 3), max(uint64(1)<<63, 5))
}
