#include "runtime/numbers.h"

#include <bit>
#include <cmath>
#include <cstring>

#include "runtime/output.h"
#include "runtime/strconv.h"
#include "runtime/strings.h"

namespace mgrt {

bool is_number(const mg_type *t) {
  return t->kind == MG_INT || t->kind == MG_UINT || t->kind == MG_FLOAT || t->kind == MG_COMPLEX;
}

int64_t int_value(const mg_any &v) { return reinterpret_cast<int64_t>(v.data); }
uint64_t uint_value(const mg_any &v) { return reinterpret_cast<uint64_t>(v.data); }

int float_bits(const mg_type *t) { return t->size == 4 || (t->kind == MG_COMPLEX && t->size == 8) ? 32 : 64; }

double float_value(const mg_any &v) {
  uint64_t bits = reinterpret_cast<uint64_t>(v.data);
  if (float_bits(v.type) == 32) return std::bit_cast<float>(static_cast<uint32_t>(bits));
  return std::bit_cast<double>(bits);
}

ComplexParts complex_value(const mg_any &v) {
  if (float_bits(v.type) == 32) {
    auto *parts = static_cast<const float *>(v.data);
    return {parts[0], parts[1]};
  }
  auto *parts = static_cast<const double *>(v.data);
  return {parts[0], parts[1]};
}

mg_any load_number(const mg_type *t, const void *addr) {
  auto word = [&](auto value) { return mg_any{t, reinterpret_cast<void *>(value)}; };
  auto load = [&](auto *typed) {
    std::memcpy(typed, addr, sizeof *typed);
    return *typed;
  };
  bool is_signed = t->kind == MG_INT;
  switch (t->kind == MG_COMPLEX ? 0 : t->size) {
    case 1: { int8_t s; uint8_t u; return is_signed ? word(int64_t{load(&s)}) : word(uint64_t{load(&u)}); }
    case 2: { int16_t s; uint16_t u; return is_signed ? word(int64_t{load(&s)}) : word(uint64_t{load(&u)}); }
    case 4: { int32_t s; uint32_t u; return is_signed ? word(int64_t{load(&s)}) : word(uint64_t{load(&u)}); }
    case 8: { uint64_t u; return word(load(&u)); }  // int64, uint64, float64: the bits as they are
    default: return {t, const_cast<void *>(addr)};  // complex: data points to the value
  }
}

bool numbers_equal(const mg_any &x, const mg_any &y) {
  switch (x.type->kind) {
    case MG_FLOAT: return float_value(x) == float_value(y);
    case MG_COMPLEX: {
      ComplexParts a = complex_value(x), b = complex_value(y);
      return a.re == b.re && a.im == b.im;
    }
    default: return x.data == y.data;  // integers, extended to 64 bits the same way
  }
}

void append_runtime_number(std::string &out, const mg_any &v) {
  auto append_float_part = [&](double f) { append_float(out, f, 'g', -1, float_bits(v.type)); };
  switch (v.type->kind) {
    case MG_INT: out += std::to_string(int_value(v)); break;
    case MG_UINT: out += std::to_string(uint_value(v)); break;
    case MG_FLOAT: append_float_part(float_value(v)); break;
    default: {  // MG_COMPLEX: (1+2i)
      ComplexParts c = complex_value(v);
      out += '(';
      append_float_part(c.re);
      if (std::isnan(c.im) || (!std::signbit(c.im) && !std::isinf(c.im))) out += '+';  // NaN has no sign shown
      append_float_part(c.im);
      out += "i)";
    }
  }
}

}  // namespace mgrt

extern "C" {

const mg_type minigo_type_int = {MG_INT, "int", nullptr, 0, 8};
const mg_type minigo_type_int8 = {MG_INT, "int8", nullptr, 0, 1};
const mg_type minigo_type_int16 = {MG_INT, "int16", nullptr, 0, 2};
const mg_type minigo_type_int32 = {MG_INT, "int32", nullptr, 0, 4};
const mg_type minigo_type_int64 = {MG_INT, "int64", nullptr, 0, 8};
const mg_type minigo_type_uint = {MG_UINT, "uint", nullptr, 0, 8};
const mg_type minigo_type_uint8 = {MG_UINT, "uint8", nullptr, 0, 1};
const mg_type minigo_type_uint16 = {MG_UINT, "uint16", nullptr, 0, 2};
const mg_type minigo_type_uint32 = {MG_UINT, "uint32", nullptr, 0, 4};
const mg_type minigo_type_uint64 = {MG_UINT, "uint64", nullptr, 0, 8};
const mg_type minigo_type_uintptr = {MG_UINT, "uintptr", nullptr, 0, 8};
const mg_type minigo_type_float32 = {MG_FLOAT, "float32", nullptr, 0, 4};
const mg_type minigo_type_float64 = {MG_FLOAT, "float64", nullptr, 0, 8};
const mg_type minigo_type_complex64 = {MG_COMPLEX, "complex64", nullptr, 0, 8};
const mg_type minigo_type_complex128 = {MG_COMPLEX, "complex128", nullptr, 0, 16};

void minigo_print_number(const mg_type *t, void *data) {
  std::string s;
  mgrt::append_runtime_number(s, {t, data});
  mgrt::stderr_write(s);
}

mg_string minigo_string_from_rune(int64_t r) {
  std::string s;
  bool valid = r >= 0 && r <= 0x10FFFF;  // append_utf8 replaces surrogates itself
  mgrt::append_utf8(s, valid ? static_cast<char32_t>(r) : mgrt::kRuneError);
  return mgrt::gc_string(s);
}

// Smith's algorithm (1962), which scales by the larger part of the divisor so that the
// intermediate products do not overflow; then, where it gives NaN for both parts, the
// infinities and zeros that C99's Annex G (G.5.1) recovers.
mg_complex128 minigo_complex_divide(double a, double b, double c, double d) {
  double re, im;
  if (std::fabs(c) >= std::fabs(d)) {
    double ratio = d / c, denominator = c + d * ratio;
    re = (a + b * ratio) / denominator;
    im = (b - a * ratio) / denominator;
  } else {
    double ratio = c / d, denominator = d + c * ratio;
    re = (a * ratio + b) / denominator;
    im = (b * ratio - a) / denominator;
  }
  if (!std::isnan(re) || !std::isnan(im)) return {re, im};
  auto finite = [](double x) { return std::isfinite(x); };
  auto unit = [](double x) { return std::copysign(std::isinf(x) ? 1.0 : 0.0, x); };
  double inf = INFINITY;
  if (c == 0 && d == 0 && (!std::isnan(a) || !std::isnan(b))) {
    re = std::copysign(inf, c) * a;
    im = std::copysign(inf, c) * b;
  } else if ((std::isinf(a) || std::isinf(b)) && finite(c) && finite(d)) {
    a = unit(a), b = unit(b);
    re = inf * (a * c + b * d);
    im = inf * (b * c - a * d);
  } else if ((std::isinf(c) || std::isinf(d)) && finite(a) && finite(b)) {
    c = unit(c), d = unit(d);
    re = 0.0 * (a * c + b * d);
    im = 0.0 * (b * c - a * d);
  }
  return {re, im};
}

}  // extern "C"
