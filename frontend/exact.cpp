#include "frontend/exact.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace minigo {

ConstValue makeNumber(Rational value, Rational imag) {
  ConstValue c;
  c.value = std::make_shared<const Exact>(Exact{std::move(value), std::move(imag)});
  return c;
}

const Rational &numberOf(const ConstValue &c) { return std::get<std::shared_ptr<const Exact>>(c.value)->value; }
const Rational &imagOf(const ConstValue &c) { return std::get<std::shared_ptr<const Exact>>(c.value)->imag; }

ConstValue ConstValue::ofInt(int64_t v) { return makeNumber(Rational(v)); }

bool ConstValue::isZero() const { return isNumber() && numberOf(*this) == 0 && imagOf(*this) == 0; }

int64_t ConstValue::asInt() const { return numerator(numberOf(*this)).convert_to<int64_t>(); }

uint64_t ConstValue::asBits() const {
  BigInt low = numerator(numberOf(*this)) & BigInt(~uint64_t(0));  // two's complement: & works on negatives
  return low.convert_to<uint64_t>();
}

double ConstValue::asFloat() const { return toDouble(numberOf(*this)).value(); }

double ConstValue::asImag() const { return toDouble(imagOf(*this)).value(); }

bool ConstValue::operator==(const ConstValue &other) const {
  if (isNumber() && other.isNumber()) return numberOf(*this) == numberOf(other) && imagOf(*this) == imagOf(other);
  return value == other.value;
}

unsigned bitLength(const BigInt &i) { return i == 0 ? 0 : unsigned(msb(abs(i))) + 1; }

// Is n < d * 2^k?
static bool lessScaled(const BigInt &n, const BigInt &d, long k) {
  return k >= 0 ? n < (d << unsigned(k)) : (n << unsigned(-k)) < d;
}

// n / (d * 2^e) rounded to an integer, to nearest with ties to even.
static BigInt roundQuotient(const BigInt &n, const BigInt &d, long e) {
  BigInt num = e < 0 ? BigInt(n << unsigned(-e)) : n;
  BigInt den = e > 0 ? BigInt(d << unsigned(e)) : d;
  BigInt q, r;
  divide_qr(num, den, q, r);
  r <<= 1;
  if (r > den || (r == den && bit_test(q, 0))) ++q;
  return q;
}

// n/d (both positive) as q * 2^e, q of `bits` significant bits rounded from the exact quotient
// (so never rounded twice), e at least minExp (fewer bits then: a subnormal).
struct Scaled {
  BigInt q;
  long e;
};
static Scaled roundScaled(const BigInt &n, const BigInt &d, unsigned bits, std::optional<long> minExp) {
  long e = long(msb(n)) - long(msb(d)) - long(bits) + 1;  // n/d/2^e in (2^(bits-2), 2^bits)
  if (lessScaled(n, d, e + long(bits) - 1)) --e;           // now in [2^(bits-1), 2^bits)
  if (minExp && e < *minExp) e = *minExp;
  return {roundQuotient(n, d, e), e};
}

static Rational times2ToThe(const BigInt &q, long e) {
  return e >= 0 ? Rational(BigInt(q << unsigned(e))) : Rational(q, BigInt(1) << unsigned(-e));
}

Rational roundToBits(const Rational &r, unsigned bits) {
  if (r == 0) return r;
  Scaled s = roundScaled(abs(numerator(r)), denominator(r), bits, std::nullopt);
  Rational rounded = times2ToThe(s.q, s.e);
  return r < 0 ? Rational(-rounded) : rounded;
}

std::optional<double> toDouble(const Rational &r) {
  if (r == 0) return 0.0;
  Scaled s = roundScaled(abs(numerator(r)), denominator(r), 53, -1074);
  if (long(bitLength(s.q)) + s.e > 1024) return std::nullopt;
  double d = std::ldexp(s.q.convert_to<double>(), int(s.e));  // exact: q has at most 53 bits
  return r < 0 ? -d : d;
}

std::optional<Rational> roundToFloat32(const Rational &r) {
  if (r == 0) return r;
  Scaled s = roundScaled(abs(numerator(r)), denominator(r), 24, -149);
  if (long(bitLength(s.q)) + s.e > 128) return std::nullopt;
  Rational rounded = times2ToThe(s.q, s.e);
  return r < 0 ? Rational(-rounded) : rounded;
}

Rational fromDouble(double d) { return Rational(d); }  // exact, and -0 is 0

// %.6g; when that hides the fraction of a non-integer, Go's %g: the shortest digits that read
// back, with an exponent when it is below -4 or from 6 on.
static std::string formatDouble(double d, bool integral) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", d);
  if (integral || std::strchr(buf, '.')) return buf;
  int digits = 0;  // after the point, in %e
  for (; digits < 17; ++digits) {
    std::snprintf(buf, sizeof buf, "%.*e", digits, d);
    if (std::strtod(buf, nullptr) == d) break;
  }
  int exp = std::atoi(std::strchr(buf, 'e') + 1);
  if (exp < -4 || exp >= 6) return buf;
  std::snprintf(buf, sizeof buf, "%.*f", std::max(digits - exp, 0), d);
  return buf;
}

std::string formatFloat(const Rational &r) {
  std::optional<double> d = toDouble(r);
  if (d && (*d != 0 || r == 0)) return formatDouble(*d, denominator(r) == 1);
  // Beyond float64: r = mant * 2^exp with 1/2 <= |mant| < 1, then m * 10^e through logarithms,
  // as go/constant does.
  BigInt n = abs(numerator(r)), den = denominator(r);
  long exp = long(msb(n)) - long(msb(den)) + 1;
  if (lessScaled(n, den, exp - 1)) --exp;
  double m = *toDouble(r * times2ToThe(1, -exp));
  double decimal = double(exp) * std::log10(2.0);
  long e = long(decimal);
  m *= std::pow(10.0, decimal - double(e));
  if (double am = std::fabs(m); am < 1 - 0.5e-6) {
    m *= 10;
    --e;
  } else if (am >= 10) {
    m /= 10;
    ++e;
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6ge%+ld", m, e);
  return buf;
}

std::optional<Rational> parseFloatLiteral(const std::string &text, unsigned maxBits) {
  // mantissa * base^-fractionDigits * radix^exponent, radix 10 (decimal) or 2 (hex, `p` exponent).
  bool hex = text.size() > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
  unsigned base = hex ? 16 : 10;
  char exponentMark = hex ? 'p' : 'e';
  BigInt mantissa = 0;
  long fractionDigits = 0, exponent = 0;
  bool fraction = false;
  size_t i = hex ? 2 : 0;
  for (; i < text.size() && std::tolower(text[i]) != exponentMark; ++i) {
    if (text[i] == '.') fraction = true;
    if (!std::isxdigit(text[i])) continue;  // also `_`
    mantissa = mantissa * base + (std::isdigit(text[i]) ? text[i] - '0' : std::tolower(text[i]) - 'a' + 10);
    fractionDigits += fraction;
  }
  bool negativeExponent = i + 1 < text.size() && text[i + 1] == '-';
  for (; i < text.size(); ++i)
    if (std::isdigit(text[i])) exponent = std::min(exponent * 10 + (text[i] - '0'), long(1) << 40);
  if (mantissa == 0) return Rational(0);
  exponent = negativeExponent ? -exponent : exponent;
  if (hex) {
    long scale = exponent - 4 * fractionDigits;
    if (std::abs(scale) > long(maxBits)) return std::nullopt;
    return times2ToThe(mantissa, scale);
  }
  long scale = exponent - fractionDigits;
  if (std::abs(scale) > long(maxBits)) return std::nullopt;  // 10^scale alone is beyond 2^±maxBits
  BigInt power = pow(BigInt(10), unsigned(std::abs(scale)));
  Rational value = scale >= 0 ? Rational(mantissa * power) : Rational(mantissa, power);
  if (bitLength(numerator(value)) > maxBits || bitLength(denominator(value)) > maxBits) return std::nullopt;
  return value;
}

}  // namespace minigo
