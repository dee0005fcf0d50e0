// Exact numbers for constants. Go's untyped constants are exact, so the checker folds them as
// integers of any size and fractions (Boost.Multiprecision), as gc does with go/constant; a
// value is rounded only where it gets a float type.
#pragma once

#include "frontend/types.h"

#include <boost/multiprecision/cpp_int.hpp>

#include <optional>
#include <string>

namespace minigo {

using BigInt = boost::multiprecision::cpp_int;
using Rational = boost::multiprecision::cpp_rational;

// The value of a numeric ConstValue: an integer is a fraction with denominator 1; a complex
// constant has an imaginary part too (zero for every other constant). Never changed once made,
// so that constants can share it.
struct Exact {
  Rational value;
  Rational imag;
};

ConstValue makeNumber(Rational value, Rational imag = 0);
const Rational &numberOf(const ConstValue &c);  // the real part
const Rational &imagOf(const ConstValue &c);

// Bits of |i| (0 for 0).
unsigned bitLength(const BigInt &i);

// `r` rounded to `bits` significant bits, to nearest with ties to even.
Rational roundToBits(const Rational &r, unsigned bits);

// The double nearest to `r` (ties to even, subnormals included), or nothing when that is
// infinite: the float64 overflow of Go's conversion rules.
std::optional<double> toDouble(const Rational &r);
// The same for float32: `r` rounded to the nearest float32 value, kept exact.
std::optional<Rational> roundToFloat32(const Rational &r);
Rational fromDouble(double d);

// Go's spelling of a float constant in diagnostics (go/constant's String): "0.1", "1e+309".
std::string formatFloat(const Rational &r);

// The value of a float literal, decimal or hexadecimal (`0x1.8p3`, `_` allowed), or nothing when its numerator or
// denominator would have more than `maxBits` bits.
std::optional<Rational> parseFloatLiteral(const std::string &text, unsigned maxBits);

}  // namespace minigo
