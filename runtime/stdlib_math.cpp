// The runtime functions of package math (stdlib/math): bit casts and C's libm.
#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>

extern "C" {

uint64_t minigo_math_Float64bits(void *, double f) { return std::bit_cast<uint64_t>(f); }
double minigo_math_Float64frombits(void *, uint64_t b) { return std::bit_cast<double>(b); }
uint32_t minigo_math_Float32bits(void *, float f) { return std::bit_cast<uint32_t>(f); }
float minigo_math_Float32frombits(void *, uint32_t b) { return std::bit_cast<float>(b); }

#define MATH_UNARY(name, fn) \
  double minigo_math_##name(void *, double x) { return std::fn(x); }
#define MATH_BINARY(name, fn) \
  double minigo_math_##name(void *, double x, double y) { return std::fn(x, y); }

MATH_UNARY(Sqrt, sqrt)
MATH_UNARY(Exp, exp)
MATH_UNARY(Exp2, exp2)
MATH_UNARY(Expm1, expm1)
MATH_UNARY(Log, log)
MATH_UNARY(Log10, log10)
MATH_UNARY(Log1p, log1p)
MATH_UNARY(Sin, sin)
MATH_UNARY(Cos, cos)
MATH_UNARY(Tan, tan)
MATH_UNARY(Asin, asin)
MATH_UNARY(Acos, acos)
MATH_UNARY(Atan, atan)
MATH_UNARY(Sinh, sinh)
MATH_UNARY(Cosh, cosh)
MATH_UNARY(Tanh, tanh)
MATH_BINARY(Hypot, hypot)
MATH_BINARY(Pow, pow)
MATH_BINARY(Atan2, atan2)
MATH_BINARY(Mod, fmod)
MATH_BINARY(Remainder, remainder)

// glibc's cbrt is off by an ulp for half of all inputs, perfect cubes included (27 gives
// 3.0000000000000004); its long double version, rounded, is almost always exact, as Go's is.
double minigo_math_Cbrt(void *, double x) { return static_cast<double>(std::cbrt(static_cast<long double>(x))); }

double minigo_math_FMA(void *, double x, double y, double z) { return std::fma(x, y, z); }

// Exponents beyond ±3000 scale any finite nonzero float64 past the range anyway.
double minigo_math_Ldexp(void *, double frac, int64_t exp) {
  return std::ldexp(frac, static_cast<int>(std::clamp<int64_t>(exp, -3000, 3000)));
}

}  // extern "C"
