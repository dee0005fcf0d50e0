package math

// Integral magnitudes: from 2**52 on, every float64 is an integer.
const integral = 1 << 52

// Trunc returns the integer value of x toward zero (±0, ±Inf and NaN as they are).
func Trunc(x float64) float64 {
	switch {
	case x == 0 || x != x || x >= integral || x <= -integral:
		return x
	case x < 0:
		return -float64(int64(-x)) // -0 for -1 < x < 0
	}
	return float64(int64(x))
}

// Floor returns the greatest integer value less than or equal to x.
func Floor(x float64) float64 {
	t := Trunc(x)
	if t > x {
		return t - 1
	}
	return t
}

// Ceil returns the least integer value greater than or equal to x.
func Ceil(x float64) float64 { return -Floor(-x) }

// Round returns the nearest integer, rounding half away from zero.
func Round(x float64) float64 {
	t := Trunc(x)
	switch {
	case x < 0 && t-x >= 0.5:
		return t - 1
	case x > 0 && x-t >= 0.5:
		return t + 1
	}
	return t
}

// RoundToEven returns the nearest integer, rounding ties to the even one.
func RoundToEven(x float64) float64 {
	t := Trunc(x)
	odd := t > -integral && t < integral && int64(t)&1 != 0
	switch {
	case x < 0 && (t-x > 0.5 || t-x == 0.5 && odd):
		return t - 1
	case x > 0 && (x-t > 0.5 || x-t == 0.5 && odd):
		return t + 1
	}
	return t
}

// Modf returns the integer and fractional parts of f, both with f's sign (±Inf gives ±Inf and
// a NaN, with the sign bit of f as Go's).
func Modf(f float64) (integer float64, frac float64) {
	integer = Trunc(f)
	switch {
	case f == 0:
		return f, f
	case IsInf(f, 0):
		return f, Copysign(NaN(), f)
	case f < 0:
		return integer, -(integer - f) // -0 rather than +0 for negative integers
	}
	return integer, f - integer
}

// Max returns the larger of x and y: +Inf if either is, else NaN if either is; +0 is larger
// than -0.
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case x != x || y != y:
		return NaN()
	case x == 0 && y == 0:
		if Signbit(x) {
			return y
		}
		return x
	case x > y:
		return x
	}
	return y
}

// Min returns the smaller of x and y: -Inf if either is, else NaN if either is; -0 is smaller
// than +0.
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case x != x || y != y:
		return NaN()
	case x == 0 && y == 0:
		if Signbit(x) {
			return x
		}
		return y
	case x < y:
		return x
	}
	return y
}

// Nextafter returns the float64 next to x in the direction of y: x when they are equal.
func Nextafter(x, y float64) float64 {
	switch {
	case x != x || y != y:
		return NaN()
	case x == y:
		return x
	case x == 0:
		return Copysign(Float64frombits(1), y) // the smallest subnormal
	case (y > x) == (x > 0): // away from zero: the magnitude's bits grow by one
		return Float64frombits(Float64bits(x) + 1)
	}
	return Float64frombits(Float64bits(x) - 1)
}

// Dim returns the maximum of x-y and 0.
func Dim(x, y float64) float64 {
	if v := x - y; !(v <= 0) {
		return v // positive, or NaN
	}
	return 0
}
