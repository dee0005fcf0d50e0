package main

import "fmt"

type Flags uint8

func (f Flags) Has(bit Flags) bool { return f&bit != 0 }

func main() {
	// Wrap-around at every width.
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	var i16 int16 = -32768
	i16--
	var u16 uint16 = 65535
	u16 += 2
	var i32 int32 = 1 << 30
	i32 *= 4
	var u32 uint32 = 1 << 31
	u32 *= 2
	var i64 int64 = 1 << 62
	i64 *= 2
	var u64 uint64 = 1<<64 - 1
	u64++
	fmt.Println(i8, u8, i16, u16, i32, u32, i64, u64)

	// Signed and unsigned division, remainder and comparison.
	var a, b int8 = -128, -1
	fmt.Println(a/b, a%b, int8(-7)/2, int8(-7)%2)
	var x, y uint32 = 4000000000, 7
	fmt.Println(x/y, x%y, x > y, uint8(200) > uint8(100), int8(-56) < 0)
	var big uint64 = 1<<63 + 5
	fmt.Println(big/3, big%10, big > 1<<62)

	// Bit operations, complement of unsigned values.
	var f Flags = 0b1010
	fmt.Println(f.Has(2), f.Has(4), ^f, f&^2, f|1, f^0xff)
	fmt.Println(^uint8(0), ^uint16(1), ^int8(0), ^uint32(0), ^uint64(0))

	// byte and rune are uint8 and int32.
	var c byte = 'A'
	var r rune = '世'
	fmt.Println(c+1, r, string(r), string(rune(c)), c == 65)
	fmt.Printf("%T %T %T %T\n", c, r, uintptr(0), Flags(1))

	// Mixed conversions.
	n := -1
	m := 70000
	fmt.Println(uint8(n), uint16(n), uint32(n), uint64(n), int8(300+n), int16(m))
	w := uint8(200)
	fmt.Println(int64(uint32(n)), int(int8(w)), uint(int8(n)))
}
