package math

// Runtime functions: C's libm. Its special cases (zeros, infinities, NaN) are those Go
// documents; the transcendental functions may differ from Go's in the last bit (README).

func Sqrt(x float64) float64
func Cbrt(x float64) float64
func Hypot(p, q float64) float64
func Pow(x, y float64) float64
func Exp(x float64) float64
func Exp2(x float64) float64
func Expm1(x float64) float64
func Log(x float64) float64
func Log10(x float64) float64
func Log1p(x float64) float64
func Sin(x float64) float64
func Cos(x float64) float64
func Tan(x float64) float64
func Asin(x float64) float64
func Acos(x float64) float64
func Atan(x float64) float64
func Atan2(y, x float64) float64
func Sinh(x float64) float64
func Cosh(x float64) float64
func Tanh(x float64) float64

// Mod returns the remainder of x/y, with x's sign (C's fmod).
func Mod(x, y float64) float64

// Remainder returns x - n×y with n the integer nearest x/y, ties to even (C's remainder).
func Remainder(x, y float64) float64

// FMA returns x*y + z rounded once.
func FMA(x, y, z float64) float64

// Ldexp returns frac × 2**exp, rounded once when the result is subnormal.
func Ldexp(frac float64, exp int) float64

// Log2 returns the binary logarithm of x, exact for powers of two: Frexp's exponent plus the
// logarithm of its fraction.
func Log2(x float64) float64 {
	frac, exp := Frexp(x)
	if frac == 0.5 {
		return float64(exp - 1)
	}
	return Log(frac)*(1/Ln2) + float64(exp)
}

// Sincos returns Sin(x), Cos(x).
func Sincos(x float64) (sin, cos float64) { return Sin(x), Cos(x) }
