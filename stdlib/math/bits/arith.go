package bits

// runtimeError panics with Go's runtime error "runtime error: " + what (runtime/stdlib_math_bits.cpp).
func runtimeError(what string)

// Add64 returns x + y + carry (carry 0 or 1) and the carry out of the top bit.
func Add64(x, y, carry uint64) (sum, carryOut uint64) {
	partial := x + y
	sum = partial + carry
	if partial < x || sum < partial {
		carryOut = 1
	}
	return sum, carryOut
}

// Sub64 returns x - y - borrow (borrow 0 or 1) and the borrow into the top bit.
func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) {
	partial := x - y
	diff = partial - borrow
	if x < y || partial < borrow {
		borrowOut = 1
	}
	return diff, borrowOut
}

// Mul64 returns the 128-bit product of x and y: hi, then lo. It sums the products of 32-bit
// halves, a x 2^32 + b times c x 2^32 + d, each partial sum fitting 64 bits.
func Mul64(x, y uint64) (hi, lo uint64) {
	const mask32 = 1<<32 - 1
	a, b := x>>32, x&mask32
	c, d := y>>32, y&mask32
	low := b * d
	middle1 := a*d + low>>32
	middle2 := b*c + middle1&mask32
	return a*c + middle1>>32 + middle2>>32, x * y
}

// Div64 divides hi x 2^64 + lo by y; it panics when y is 0 or y <= hi (the quotient would not
// fit 64 bits). It shifts the dividend in bit by bit, the remainder staying below y.
func Div64(hi, lo, y uint64) (quo, rem uint64) {
	if y == 0 {
		return lo / y, 0 // integer divide by zero
	}
	if y <= hi {
		runtimeError("integer overflow")
	}
	rem = hi
	for i := 63; i >= 0; i-- {
		overflow := rem >> 63
		rem = rem<<1 | lo>>uint(i)&1
		quo <<= 1
		if overflow != 0 || rem >= y {
			rem -= y
			quo |= 1
		}
	}
	return quo, rem
}

// Rem64 returns the remainder of hi x 2^64 + lo divided by y, which must not be 0; the quotient
// may be too large.
func Rem64(hi, lo, y uint64) uint64 {
	_, rem := Div64(hi%y, lo, y)
	return rem
}

func Add(x, y, carry uint) (sum, carryOut uint) {
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}

func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}

func Mul(x, y uint) (hi, lo uint) {
	h, l := Mul64(uint64(x), uint64(y))
	return uint(h), uint(l)
}

func Div(hi, lo, y uint) (quo, rem uint) {
	q, r := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(q), uint(r)
}

func Rem(hi, lo, y uint) uint { return uint(Rem64(uint64(hi), uint64(lo), uint64(y))) }

func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	s := uint64(x) + uint64(y) + uint64(carry)
	return uint32(s), uint32(s >> 32)
}

func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	d := uint64(x) - uint64(y) - uint64(borrow)
	return uint32(d), uint32(d>>32) & 1
}

func Mul32(x, y uint32) (hi, lo uint32) {
	p := uint64(x) * uint64(y)
	return uint32(p >> 32), uint32(p)
}

func Div32(hi, lo, y uint32) (quo, rem uint32) {
	if y != 0 && y <= hi {
		runtimeError("integer overflow")
	}
	n := uint64(hi)<<32 | uint64(lo)
	return uint32(n / uint64(y)), uint32(n % uint64(y))
}

func Rem32(hi, lo, y uint32) uint32 {
	n := uint64(hi)<<32 | uint64(lo)
	return uint32(n % uint64(y))
}
