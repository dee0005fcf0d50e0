package main

import "fmt"

// Untyped integer constants are exact up to gc's 512 bits.
const big = 1 << 200
const huge = 1 << 511

type Kind int

const (
	KB Kind = 1 << (10 * (iota + 1))
	MB
	GB
)

func main() {
	fmt.Println(1<<100>>98, big>>190, huge>>509, huge > big, -huge < -big)
	fmt.Println(float64(1<<64), float64(big), big/(big>>3))
	fmt.Println((huge-1)%1000, ^(huge-1) == -huge, (huge-1)&^(big-1) == huge-big)
	fmt.Println(-5>>1, -5/2, -5%2, 5%-2, (-big)>>199, (-big-1)>>200)
	fmt.Println(KB, MB, GB, GB/MB)

	// The minimum int64 is a constant like any other.
	const minInt = -1 << 63
	var m int = minInt
	fmt.Println(m, minInt/(1<<62), m/-1)

	// A constant shift of an integral float constant is an integer shift.
	fmt.Println(1e3<<2, 4.0>>1)
}
