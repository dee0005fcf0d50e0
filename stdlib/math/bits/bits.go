// Package bits: counting, rotating and reversing bits, and the arithmetic of double words,
// written for minigo from the package's documentation.
package bits

// UintSize is the size of a uint in bits.
const UintSize = 64

// Len64 returns the number of bits needed to represent x: 0 for 0.
func Len64(x uint64) int {
	n := 0
	for _, half := range [...]uint{32, 16, 8} {
		if x>>half != 0 {
			x >>= half
			n += int(half)
		}
	}
	for ; x != 0; x >>= 1 {
		n++
	}
	return n
}

func Len(x uint) int     { return Len64(uint64(x)) }
func Len8(x uint8) int   { return Len64(uint64(x)) }
func Len16(x uint16) int { return Len64(uint64(x)) }
func Len32(x uint32) int { return Len64(uint64(x)) }

// LeadingZeros64 returns the number of zero bits above the highest one: 64 for 0.
func LeadingZeros64(x uint64) int { return 64 - Len64(x) }
func LeadingZeros(x uint) int     { return UintSize - Len64(uint64(x)) }
func LeadingZeros8(x uint8) int   { return 8 - Len64(uint64(x)) }
func LeadingZeros16(x uint16) int { return 16 - Len64(uint64(x)) }
func LeadingZeros32(x uint32) int { return 32 - Len64(uint64(x)) }

// TrailingZeros64 returns the number of zero bits below the lowest one: 64 for 0.
func TrailingZeros64(x uint64) int {
	if x == 0 {
		return 64
	}
	return Len64(x&-x) - 1 // x&-x keeps the lowest one bit
}

func TrailingZeros(x uint) int     { return TrailingZeros64(uint64(x)) }
func TrailingZeros8(x uint8) int   { return min(TrailingZeros64(uint64(x)), 8) }
func TrailingZeros16(x uint16) int { return min(TrailingZeros64(uint64(x)), 16) }
func TrailingZeros32(x uint32) int { return min(TrailingZeros64(uint64(x)), 32) }

// OnesCount64 returns the number of one bits of x, summing neighbouring fields of growing width.
func OnesCount64(x uint64) int {
	const m1, m2, m4 = 0x5555555555555555, 0x3333333333333333, 0x0f0f0f0f0f0f0f0f
	x = x&m1 + x>>1&m1
	x = x&m2 + x>>2&m2
	x = (x + x>>4) & m4
	return int(x * 0x0101010101010101 >> 56) // the sum of the eight byte counts
}

func OnesCount(x uint) int     { return OnesCount64(uint64(x)) }
func OnesCount8(x uint8) int   { return OnesCount64(uint64(x)) }
func OnesCount16(x uint16) int { return OnesCount64(uint64(x)) }
func OnesCount32(x uint32) int { return OnesCount64(uint64(x)) }

// RotateLeft64 returns x rotated left by k bits (right by -k when k is negative).
func RotateLeft64(x uint64, k int) uint64 {
	s := uint(k) & 63
	return x<<s | x>>(64-s)
}

func RotateLeft(x uint, k int) uint { return uint(RotateLeft64(uint64(x), k)) }

func RotateLeft8(x uint8, k int) uint8 {
	s := uint(k) & 7
	return x<<s | x>>(8-s)
}

func RotateLeft16(x uint16, k int) uint16 {
	s := uint(k) & 15
	return x<<s | x>>(16-s)
}

func RotateLeft32(x uint32, k int) uint32 {
	s := uint(k) & 31
	return x<<s | x>>(32-s)
}

// ReverseBytes64 returns x with its bytes in reverse order.
func ReverseBytes64(x uint64) uint64 {
	x = x>>8&0x00ff00ff00ff00ff | x&0x00ff00ff00ff00ff<<8
	x = x>>16&0x0000ffff0000ffff | x&0x0000ffff0000ffff<<16
	return x>>32 | x<<32
}

func ReverseBytes(x uint) uint       { return uint(ReverseBytes64(uint64(x))) }
func ReverseBytes16(x uint16) uint16 { return x>>8 | x<<8 }
func ReverseBytes32(x uint32) uint32 { return uint32(ReverseBytes64(uint64(x)) >> 32) }

// Reverse64 returns x with its bits in reverse order: each byte's bits reversed, then the bytes.
func Reverse64(x uint64) uint64 {
	x = x>>1&0x5555555555555555 | x&0x5555555555555555<<1
	x = x>>2&0x3333333333333333 | x&0x3333333333333333<<2
	x = x>>4&0x0f0f0f0f0f0f0f0f | x&0x0f0f0f0f0f0f0f0f<<4
	return ReverseBytes64(x)
}

func Reverse(x uint) uint       { return uint(Reverse64(uint64(x))) }
func Reverse8(x uint8) uint8    { return uint8(Reverse64(uint64(x)) >> 56) }
func Reverse16(x uint16) uint16 { return uint16(Reverse64(uint64(x)) >> 48) }
func Reverse32(x uint32) uint32 { return uint32(Reverse64(uint64(x)) >> 32) }
