package main

import (
	"fmt"
	"math/bits"
)

func main() {
	values := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0x8000, 0xffff, 0x10000, 0x80000000, 0xffffffff,
		0x100000000, 0x8000000000000000, 0xffffffffffffffff, 0x0123456789abcdef, 0xfedcba9876543210}
	seed := uint64(7)
	for i := 0; i < 40; i++ {
		seed = seed*6364136223846793005 + 1442695040888963407
		values = append(values, seed>>uint(i))
	}
	fmt.Println(bits.UintSize)
	for _, v := range values {
		fmt.Println(v, bits.Len64(v), bits.Len32(uint32(v)), bits.Len16(uint16(v)), bits.Len8(uint8(v)), bits.Len(uint(v)),
			bits.LeadingZeros64(v), bits.LeadingZeros32(uint32(v)), bits.LeadingZeros16(uint16(v)), bits.LeadingZeros8(uint8(v)), bits.LeadingZeros(uint(v)),
			bits.TrailingZeros64(v), bits.TrailingZeros32(uint32(v)), bits.TrailingZeros16(uint16(v)), bits.TrailingZeros8(uint8(v)), bits.TrailingZeros(uint(v)),
			bits.OnesCount64(v), bits.OnesCount32(uint32(v)), bits.OnesCount16(uint16(v)), bits.OnesCount8(uint8(v)), bits.OnesCount(uint(v)))
		fmt.Println(" ", bits.Reverse64(v), bits.Reverse32(uint32(v)), bits.Reverse16(uint16(v)), bits.Reverse8(uint8(v)), bits.Reverse(uint(v)),
			bits.ReverseBytes64(v), bits.ReverseBytes32(uint32(v)), bits.ReverseBytes16(uint16(v)), bits.ReverseBytes(uint(v)))
		for _, k := range []int{0, 1, 7, 8, 13, 31, 32, 63, 64, 65, -1, -9, -64} {
			fmt.Print(" ", bits.RotateLeft64(v, k), "/", bits.RotateLeft32(uint32(v), k), "/", bits.RotateLeft16(uint16(v), k), "/", bits.RotateLeft8(uint8(v), k), "/", bits.RotateLeft(uint(v), k))
		}
		fmt.Println()
	}
}
