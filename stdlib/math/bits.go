package math

// A float's bits, as IEEE 754 lays them out (runtime: a bit cast).
func Float64bits(f float64) uint64
func Float64frombits(b uint64) float64
func Float32bits(f float32) uint32
func Float32frombits(b uint32) float32

const (
	signBit      = 1 << 63
	exponentBits = 0x7FF << 52
	fractionBits = 1<<52 - 1
)

// Inf returns +Inf when sign >= 0, -Inf otherwise.
func Inf(sign int) float64 {
	if sign >= 0 {
		return Float64frombits(exponentBits)
	}
	return Float64frombits(signBit | exponentBits)
}

// NaN returns an IEEE 754 "not a number" value.
func NaN() float64 { return Float64frombits(exponentBits | 1<<51 | 1) }

// IsNaN reports whether f is a NaN: the only value unequal to itself.
func IsNaN(f float64) bool { return f != f }

// IsInf reports whether f is +Inf (sign > 0), -Inf (sign < 0), or either (sign 0).
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

// Signbit reports whether x is negative or negative zero (or a NaN with its sign bit set).
func Signbit(x float64) bool { return Float64bits(x)&signBit != 0 }

// Copysign returns a value with the magnitude of f and the sign of sign.
func Copysign(f, sign float64) float64 {
	return Float64frombits(Float64bits(f)&^signBit | Float64bits(sign)&signBit)
}

// Abs returns the absolute value of x: its sign bit cleared.
func Abs(x float64) float64 { return Float64frombits(Float64bits(x) &^ signBit) }

// Frexp breaks f into a fraction in [½, 1) and a power of two: f == frac × 2**exp. ±0, ±Inf and
// NaN are returned as they are, with exp 0.
func Frexp(f float64) (frac float64, exp int) {
	if f == 0 || f != f || IsInf(f, 0) {
		return f, 0
	}
	b := Float64bits(f)
	if b&exponentBits == 0 { // subnormal: scale it into the normal range first
		b = Float64bits(f * (1 << 52))
		exp = -52
	}
	exp += int(b>>52&0x7FF) - 1022
	return Float64frombits(b&^exponentBits | 1022<<52), exp
}
