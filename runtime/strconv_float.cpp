// strconv.AppendFloat for float64: the shortest decimal forms, the forms with a precision, and
// the binary ('b') and hexadecimal ('x', 'X') forms.
#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "runtime/strconv.h"

namespace mgrt {

namespace {

// A decimal d.ddd x 10^(point-1): digits without sign, as strconv's decimalSlice.
struct Decimal {
  char digits[32];
  int count;
  int point;  // position of the decimal point relative to the first digit
};

// The shortest digits that read back as v (v finite, non-negative), as a float32 when
// bit_size is 32.
Decimal shortest_decimal(double v, int bit_size) {
  char buf[64];
  char *end = bit_size == 32 ? std::to_chars(buf, buf + sizeof buf, float(v), std::chars_format::scientific).ptr
                             : std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific).ptr;
  Decimal d{};
  char *p = buf;
  for (; p < end && *p != 'e'; p++) {
    if (*p != '.') d.digits[d.count++] = *p;
  }
  int exp = 0;
  std::from_chars(p + (p[1] == '+' ? 2 : 1), end, exp);  // from_chars rejects a leading '+'
  d.point = exp + 1;
  return d;
}

void append_exponent_form(std::string &out, const Decimal &d, int prec, char e) {
  out += d.digits[0];
  if (prec > 0) {
    out += '.';
    for (int i = 1; i <= prec; i++) out += i < d.count ? d.digits[i] : '0';
  }
  out += e;
  int exp = d.point - 1;
  out += exp < 0 ? '-' : '+';
  if (exp < 0) exp = -exp;
  if (exp < 10) out += '0';
  out += std::to_string(exp);
}

void append_fixed_form(std::string &out, const Decimal &d, int prec) {
  if (d.point > 0) {
    for (int i = 0; i < d.point; i++) out += i < d.count ? d.digits[i] : '0';
  } else {
    out += '0';
  }
  if (prec > 0) {
    out += '.';
    for (int i = 0; i < prec; i++) {
      int at = d.point + i;
      out += at >= 0 && at < d.count ? d.digits[at] : '0';
    }
  }
}

void append_shortest(std::string &out, double v, char verb, int bit_size) {
  if (std::signbit(v)) out += '-';
  Decimal d = shortest_decimal(std::fabs(v), bit_size);
  char lower = static_cast<char>(verb | 0x20);
  char e = verb == lower ? 'e' : 'E';
  int exp = d.point - 1;
  // With the shortest precision, Go's %g (and so %v) switches to the exponent form from 1e+06.
  bool exponent_form = lower == 'e' || (lower == 'g' && (exp < -4 || exp >= 6));
  if (exponent_form) {
    append_exponent_form(out, d, d.count - 1, e);
  } else {
    append_fixed_form(out, d, d.count > d.point ? d.count - d.point : 0);
  }
}

// C's printf agrees with Go for the decimal verbs with an explicit precision: both round the
// exact binary value to nearest, ties to even. std::to_chars with a precision formats as printf
// does (libstdc++'s Ryu printf), several times faster than snprintf.
void append_with_precision(std::string &out, double v, char verb, int prec) {
  char lower = static_cast<char>(verb | 0x20);
  std::chars_format format = lower == 'e'   ? std::chars_format::scientific
                             : lower == 'f' ? std::chars_format::fixed
                                            : std::chars_format::general;
  size_t start = out.size();
  char small[128];
  auto [end, error] = std::to_chars(small, small + sizeof small, v, format, prec);
  if (error == std::errc()) {
    out.append(small, end);
  } else {  // a large precision or magnitude: 309 integer digits at most, sign and point
    std::string large(static_cast<size_t>(prec) + 320, '\0');
    out.append(large.data(), std::to_chars(large.data(), large.data() + large.size(), v, format, prec).ptr);
  }
  if (verb != lower) std::replace(out.begin() + static_cast<std::ptrdiff_t>(start), out.end(), 'e', 'E');
}

constexpr int kMantissaBits = 52;
constexpr uint64_t kFractionMask = (uint64_t{1} << kMantissaBits) - 1;

// The sign bit aside, v is mantissa x 2^exponent.
struct BinaryFloat {
  uint64_t mantissa;
  int exponent;
};

// 'b': the mantissa as stored (with its implicit bit) and a power of two, as in 4503599627370496p-52
// (8388608p-23 for a float32).
BinaryFloat binary_parts(double v, int bit_size) {
  if (bit_size == 32) {
    auto bits = std::bit_cast<uint32_t>(float(v));
    int biased = static_cast<int>((bits >> 23) & 0xFF);
    uint64_t fraction = bits & 0x7FFFFF;
    if (biased == 0) return {fraction, -149};
    return {fraction | (uint64_t{1} << 23), biased - 150};
  }
  auto bits = std::bit_cast<uint64_t>(v);
  int biased = static_cast<int>((bits >> kMantissaBits) & 0x7FF);
  uint64_t fraction = bits & kFractionMask;
  if (biased == 0) return {fraction, -1074};  // zero and subnormals: no implicit bit
  return {fraction | (uint64_t{1} << kMantissaBits), biased - 1075};
}

void append_exponent(std::string &out, int exp, size_t min_digits) {
  out += exp < 0 ? '-' : '+';
  std::string digits = std::to_string(exp < 0 ? -exp : exp);
  if (digits.size() < min_digits) out.append(min_digits - digits.size(), '0');
  out += digits;
}

void append_binary_float(std::string &out, double v, int bit_size) {
  if (std::signbit(v)) out += '-';
  BinaryFloat b = binary_parts(v, bit_size);
  out += std::to_string(b.mantissa);
  out += 'p';
  append_exponent(out, b.exponent, 1);
}

// 'x': 0x1.8p+01. Unlike C's %a, Go normalises subnormals to a leading 1, rounds to the
// precision half to even and writes at least two exponent digits. prec -1: as few hex digits
// as represent v exactly.
void append_hex_float(std::string &out, double v, char verb, int prec) {
  std::string_view digits = verb == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  if (std::signbit(v)) out += '-';
  BinaryFloat b = binary_parts(v, 64);  // a float32 widens exactly, and prints the same
  // 1 hex digit before the point and 13 after: mantissa's leading bit at 52, exponent unbiased.
  uint64_t mantissa = b.mantissa;
  int exp = mantissa == 0 ? 0 : b.exponent + kMantissaBits;
  while (mantissa != 0 && (mantissa >> kMantissaBits) == 0) {
    mantissa <<= 1;
    exp--;
  }
  constexpr int kFractionDigits = kMantissaBits / 4;
  int shown = prec < 0 || prec > kFractionDigits ? kFractionDigits : prec;
  if (shown < kFractionDigits) {
    int dropped = (kFractionDigits - shown) * 4;
    uint64_t rest = mantissa & ((uint64_t{1} << dropped) - 1), half = uint64_t{1} << (dropped - 1);
    mantissa >>= dropped;
    if (rest > half || (rest == half && (mantissa & 1))) mantissa++;
    if (mantissa >> (shown * 4) == 2) {  // rounded up to 2.000: that is 1.000 x 2
      mantissa >>= 1;
      exp++;
    }
  }
  uint64_t lead = mantissa >> (shown * 4), fraction = mantissa & ((uint64_t{1} << (shown * 4)) - 1);
  if (prec < 0) {  // the shortest: no trailing zeros
    for (; shown > 0 && (fraction & 0xF) == 0; shown--) fraction >>= 4;
  }
  out += '0';
  out += verb;
  out += digits[lead];
  if (shown > 0 || prec > 0) out += '.';
  for (int i = shown - 1; i >= 0; i--) out += digits[(fraction >> (i * 4)) & 0xF];
  if (prec > shown) out.append(static_cast<size_t>(prec - shown), '0');
  out += verb == 'X' ? 'P' : 'p';
  append_exponent(out, exp, 2);
}

}  // namespace

bool append_non_finite(std::string &out, double v) {
  if (std::isnan(v)) out += "NaN";
  else if (std::isinf(v)) out += v > 0 ? "+Inf" : "-Inf";
  else return false;
  return true;
}

void append_float(std::string &out, double v, char verb, int prec, int bit_size) {
  if (append_non_finite(out, v)) return;
  if (verb == 'b') return append_binary_float(out, v, bit_size);
  if (verb == 'x' || verb == 'X') return append_hex_float(out, v, verb, prec);
  if (prec < 0) return append_shortest(out, v, verb, bit_size);
  append_with_precision(out, v, verb == 'F' ? 'f' : verb, prec);
}

}  // namespace mgrt
