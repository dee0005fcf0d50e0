#include "runtime/strconv.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace mgrt {

// ---- UTF-8 -------------------------------------------------------------------------------------

DecodedRune decode_rune(std::string_view s, size_t at) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(s[at + i]); };
  unsigned char b0 = byte(0);
  if (b0 < 0x80) return {b0, 1};
  size_t need = b0 >= 0xF0 ? 3 : b0 >= 0xE0 ? 2 : b0 >= 0xC0 ? 1 : 0;
  if (need == 0 || b0 > 0xF4 || at + need >= s.size()) return {kRuneError, 1};
  char32_t r = b0 & (0x3F >> need);
  for (size_t i = 1; i <= need; i++) {
    if ((byte(i) & 0xC0) != 0x80) return {kRuneError, 1};
    r = (r << 6) | (byte(i) & 0x3F);
  }
  static constexpr char32_t kMinForWidth[] = {0, 0x80, 0x800, 0x10000};
  bool surrogate = r >= 0xD800 && r <= 0xDFFF;
  if (r < kMinForWidth[need] || r > 0x10FFFF || surrogate) return {kRuneError, 1};
  return {r, need + 1};
}

size_t rune_count(std::string_view s) {
  size_t count = 0;
  for (size_t i = 0; i < s.size(); count++) {
    i += static_cast<unsigned char>(s[i]) < 0x80 ? 1 : decode_rune(s, i).width;
  }
  return count;
}

void append_utf8(std::string &out, char32_t r) {
  if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = kRuneError;
  if (r < 0x80) {
    out += static_cast<char>(r);
  } else if (r < 0x800) {
    out += static_cast<char>(0xC0 | (r >> 6));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += static_cast<char>(0xE0 | (r >> 12));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (r >> 18));
    out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  }
}

bool is_print(char32_t r) {
  if (r < 0x80) return r >= 0x20 && r < 0x7F;
  if (r <= 0xA0 || r == 0xAD) return false;  // C1 controls, no-break space, soft hyphen
  // Spaces other than ASCII's (Go's IsPrint excludes category Zs but for U+0020).
  if (r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x202F || r == 0x205F || r == 0x3000)
    return false;
  // Format characters, separators and private use areas that Go does not count as printable.
  if ((r >= 0x200B && r <= 0x200F) || (r >= 0x2028 && r <= 0x202E) || (r >= 0x2060 && r <= 0x206F))
    return false;
  if (r == 0xFEFF || (r >= 0xFFF9 && r <= 0xFFFB) || (r >= 0xE000 && r <= 0xF8FF)) return false;
  return r <= 0x10FFFF && !(r >= 0xD800 && r <= 0xDFFF) && r < 0xF0000;
}

// ---- floats ------------------------------------------------------------------------------------

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

// C's printf agrees with Go for an explicit precision, and for hex floats (%a) but for the
// exponent's width.
void append_with_printf(std::string &out, double v, char verb, int prec) {
  bool hex = verb == 'x' || verb == 'X';
  char conversion = verb == 'x' ? 'a' : verb == 'X' ? 'A' : verb;
  char spec[] = {'%', '.', '*', conversion, 0};
  if (prec < 0) std::memmove(spec + 1, spec + 3, 2);  // "%a": the shortest exact hex form
  auto format = [&](char *buf, size_t size) {
    return prec < 0 ? std::snprintf(buf, size, spec, v) : std::snprintf(buf, size, spec, prec, v);
  };
  char small[128];
  std::string large;
  int n = format(small, sizeof small);
  if (n < 0) return;
  const char *buf = small;
  if (n >= static_cast<int>(sizeof small)) {  // a large precision or magnitude
    large.resize(static_cast<size_t>(n) + 1);
    format(large.data(), large.size());
    buf = large.data();
  }
  std::string_view text(buf, static_cast<size_t>(n));
  size_t p = text.find_first_of("pP");
  if (hex && p != std::string_view::npos && text.size() - p == 3) {
    // Go writes at least two exponent digits: 0x1.8p+01.
    out.append(text.substr(0, p + 2));
    out += '0';
    out.append(text.substr(p + 2));
    return;
  }
  out.append(text);
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
  bool hex = verb == 'x' || verb == 'X';
  if (prec < 0 && !hex) {
    append_shortest(out, v, verb, bit_size);
    return;
  }
  if (verb == 'F') verb = 'f';
  append_with_printf(out, v, verb, prec);
}

// ---- quoting -----------------------------------------------------------------------------------

namespace {

void append_hex_escape(std::string &out, const char *prefix, uint32_t v, int digits) {
  out += prefix;
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += "0123456789abcdef"[(v >> shift) & 0xF];
}

void append_escaped_rune(std::string &out, char32_t r, char quote, bool ascii_only) {
  if (r == static_cast<char32_t>(quote) || r == '\\') {
    out += '\\';
    out += static_cast<char>(r);
    return;
  }
  if (ascii_only ? (r < 0x80 && is_print(r)) : is_print(r)) {
    append_utf8(out, r);
    return;
  }
  switch (r) {
    case '\a': out += "\\a"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case '\v': out += "\\v"; return;
  }
  if (r < ' ' || r == 0x7F) {
    append_hex_escape(out, "\\x", r, 2);
  } else {
    if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = kRuneError;
    if (r < 0x10000) {
      append_hex_escape(out, "\\u", r, 4);
    } else {
      append_hex_escape(out, "\\U", r, 8);
    }
  }
}

}  // namespace

void append_quoted(std::string &out, std::string_view s, bool ascii_only) {
  out += '"';
  for (size_t i = 0; i < s.size();) {
    DecodedRune d = decode_rune(s, i);
    if (d.rune == kRuneError && d.width == 1) {
      append_hex_escape(out, "\\x", static_cast<unsigned char>(s[i]), 2);
    } else {
      append_escaped_rune(out, d.rune, '"', ascii_only);
    }
    i += d.width;
  }
  out += '"';
}

void append_quoted_rune(std::string &out, char32_t r, bool ascii_only) {
  if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = kRuneError;
  out += '\'';
  append_escaped_rune(out, r, '\'', ascii_only);
  out += '\'';
}

bool can_backquote(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    DecodedRune d = decode_rune(s, i);
    if (d.rune == kRuneError && d.width == 1) return false;
    if (d.rune == '`' || d.rune == 0xFEFF || d.rune == 0x7F || (d.rune < ' ' && d.rune != '\t'))
      return false;
    i += d.width;
  }
  return true;
}

}  // namespace mgrt
