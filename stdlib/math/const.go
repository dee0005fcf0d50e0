// Package math: constants and functions of floating-point arithmetic, written for minigo from
// the package's documentation. Functions that only read or build a float's bits, round, or
// compare are Go; the transcendental ones (and Sqrt, Mod, Ldexp, FMA, whose results are exact or
// correctly rounded anyway) call C's libm through the runtime (runtime/stdlib_math.cpp).
package math

// Mathematical constants (to 64 significant digits).
const (
	E   = 2.718281828459045235360287471352662497757247093699959574966967628
	Pi  = 3.141592653589793238462643383279502884197169399375105820974944592
	Phi = 1.618033988749894848204586834365638117720309179805762862135448623

	Sqrt2   = 1.414213562373095048801688724209698078569671875376948073176679738
	SqrtE   = 1.648721270700128146848650787814163571653776100710148011575079312
	SqrtPi  = 1.772453850905516027298167483341145182797549456122387128213807790
	SqrtPhi = 1.272019649514068964252422461737491491715608041840096248616640383

	Ln2    = 0.6931471805599453094172321214581765680755001343602552541206800094
	Log2E  = 1 / Ln2
	Ln10   = 2.302585092994045684017991454684364207601101488628772976033327901
	Log10E = 1 / Ln10
)

// The largest finite values and the smallest positive ones of the float types.
const (
	MaxFloat32             = 0x1p127 * (1 + (1 - 0x1p-23))
	SmallestNonzeroFloat32 = 0x1p-126 * 0x1p-23
	MaxFloat64             = 0x1p1023 * (1 + (1 - 0x1p-52))
	SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52
)

// The limits of the integer types.
const (
	intSize = 64

	MaxInt    = 1<<(intSize-1) - 1
	MinInt    = -1 << (intSize - 1)
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint   = 1<<intSize - 1
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)
