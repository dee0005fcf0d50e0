// The verbs of each value kind: a port of Go's fmt/format.go and the kind-specific parts of
// fmt/print.go.
#include <charconv>
#include <string>

#include "runtime/numbers.h"
#include "runtime/printer.h"
#include "runtime/strconv.h"

namespace mgrt {

// ---- padding -----------------------------------------------------------------------------------

void Printer::write_padding(int n) {
  if (n > 0) out_.append(static_cast<size_t>(n), f_.zero ? '0' : ' ');
}

void Printer::pad(std::string_view s) {
  if (!f_.widPresent || f_.wid == 0) {
    out_ += s;
    return;
  }
  int width = f_.wid - static_cast<int>(rune_count(s));
  if (!f_.minus) {
    write_padding(width);
    out_ += s;
  } else {
    out_ += s;
    write_padding(width);
  }
}

// ---- integers ----------------------------------------------------------------------------------

void Printer::fmt_integer(uint64_t u, int base, bool is_signed, char32_t verb, std::string_view digits) {
  if (base == 10 && !f_.widPresent && !f_.precPresent && !f_.plus && !f_.space) {  // the usual %d
    char text[24];
    char *end = is_signed ? std::to_chars(text, text + sizeof text, static_cast<int64_t>(u)).ptr
                          : std::to_chars(text, text + sizeof text, u).ptr;
    out_.append(text, end);
    return;
  }
  bool negative = is_signed && static_cast<int64_t>(u) < 0;
  if (negative) u = -u;
  // Two ways to ask for leading zeros: %.3d or %03d; with both, the zero flag is ignored.
  int prec = 0;
  if (f_.precPresent) {
    prec = f_.prec;
    if (prec == 0 && u == 0) {  // "print nothing" but padding
      bool old_zero = f_.zero;
      f_.zero = false;
      write_padding(f_.wid);
      f_.zero = old_zero;
      return;
    }
  } else if (f_.zero && f_.widPresent) {
    prec = f_.wid;
    if (negative || f_.plus || f_.space) prec--;  // room for the sign
  }
  // Right to left, as Go does. 64 binary digits + prefixes fit unless a precision asks for more.
  char small[72];
  std::string large;
  size_t size = sizeof small;
  char *buf = small;
  if (prec > 64) {
    large.resize(static_cast<size_t>(prec) + 8);
    size = large.size();
    buf = large.data();
  }
  size_t i = size;
  do {
    buf[--i] = digits[u % static_cast<unsigned>(base)];
    u /= static_cast<unsigned>(base);
  } while (u != 0);
  while (i > 0 && static_cast<int>(size - i) < prec) buf[--i] = '0';
  if (f_.sharp) {
    if (base == 2) {
      buf[--i] = 'b';
      buf[--i] = '0';
    } else if (base == 8 && buf[i] != '0') {
      buf[--i] = '0';
    } else if (base == 16) {
      buf[--i] = digits[16];
      buf[--i] = '0';
    }
  }
  if (verb == 'O') {
    buf[--i] = 'o';
    buf[--i] = '0';
  }
  if (negative) {
    buf[--i] = '-';
  } else if (f_.plus) {
    buf[--i] = '+';
  } else if (f_.space) {
    buf[--i] = ' ';
  }
  bool old_zero = f_.zero;  // zero padding was done above, as precision
  f_.zero = false;
  pad(std::string_view(buf + i, size - i));
  f_.zero = old_zero;
}

void Printer::fmt_c(uint64_t c) {
  std::string s;
  append_utf8(s, c > 0x10FFFF ? kRuneError : static_cast<char32_t>(c));
  pad(s);
}

void Printer::fmt_qc(uint64_t c) {
  char32_t r = c > 0x10FFFF ? kRuneError : static_cast<char32_t>(c);
  std::string s;
  // %+#q: for a rune, unlike a string, '+' (ASCII only) wins over '#' (unquoted).
  if (f_.sharp && !f_.plus && is_print(r) && r != '\'' && r != '`') {
    s += '\'';
    append_utf8(s, r);
    s += '\'';
  } else {
    append_quoted_rune(s, r, f_.plus);
  }
  pad(s);
}

void Printer::fmt_unicode(uint64_t u) {
  const uint64_t u_original = u;
  std::string s = "U+";
  std::string hex;
  do {
    hex.insert(hex.begin(), kUpperDigits[u % 16]);
    u /= 16;
  } while (u != 0);
  size_t min_digits = f_.precPresent && f_.prec > 4 ? static_cast<size_t>(f_.prec) : 4;
  if (hex.size() < min_digits) s.append(min_digits - hex.size(), '0');
  s += hex;
  char32_t r = u_original > 0x10FFFF ? kRuneError : static_cast<char32_t>(u_original);
  if (f_.sharp && u_original <= 0x10FFFF && is_print(r)) {  // %#U: U+0041 'A'
    s += " '";
    append_utf8(s, r);
    s += '\'';
  }
  bool old_zero = f_.zero;
  f_.zero = false;
  pad(s);
  f_.zero = old_zero;
}

void Printer::fmt_integer_verb(const mg_any &arg, char32_t verb) {
  uint64_t v = uint_value(arg);  // a signed value's bits, sign-extended
  bool is_signed = arg.type->kind == MG_INT;
  if (verb == 'v' && f_.sharpV && !is_signed) {  // Go syntax for unsigned values: 0xff
    bool old_sharp = f_.sharp;
    f_.sharp = true;
    fmt_integer(v, 16, false, verb, kLowerDigits);
    f_.sharp = old_sharp;
    return;
  }
  switch (verb) {
    case 'v':
    case 'd': fmt_integer(v, 10, is_signed, verb, kLowerDigits); return;
    case 'b': fmt_integer(v, 2, is_signed, verb, kLowerDigits); return;
    case 'o':
    case 'O': fmt_integer(v, 8, is_signed, verb, kLowerDigits); return;
    case 'x': fmt_integer(v, 16, is_signed, verb, kLowerDigits); return;
    case 'X': fmt_integer(v, 16, is_signed, verb, kUpperDigits); return;
    case 'c': fmt_c(v); return;
    case 'q': fmt_qc(v); return;
    case 'U': fmt_unicode(v); return;
  }
  bad_verb(verb, arg);
}

// ---- floats ------------------------------------------------------------------------------------

namespace {

// The '#' flag of the float verbs: always a decimal point, and %#g, %#G and %#x (not %#X, in Go)
// keep trailing zeros up to the precision (6 if none was given). num is a formatted finite
// number after its sign. Significant digits count from the first character that is not '0':
// a hex number's 'x' counts too, as in Go (%#x of 1 is 0x1.0000p+00), and a zero mantissa
// counts as one digit.
void add_alternate_form(std::string &num, char verb, int prec) {
  bool hex = verb == 'x' || verb == 'X';
  int wanted = 0;
  if (verb == 'g' || verb == 'G' || verb == 'x') wanted = prec < 0 ? 6 : prec;
  size_t exponent_at = num.find_first_of(hex ? "pP" : "eE", 1);
  if (exponent_at == std::string::npos) exponent_at = num.size();
  std::string_view mantissa = std::string_view(num).substr(1, exponent_at - 1);
  bool point = false;
  int significant = 0;
  for (char c : mantissa) {
    if (c == '.') point = true;
    else if (significant > 0 || c != '0') significant++;
  }
  if (significant == 0) significant = 1;
  std::string insert = point ? "" : ".";
  if (wanted > significant) insert.append(static_cast<size_t>(wanted - significant), '0');
  num.insert(exponent_at, insert);
}

}  // namespace

void Printer::fmt_float(double v, char verb, int prec, int bit_size) {
  if (f_.precPresent) prec = f_.prec;
  // num[0] is the sign, always present here and dropped below when not wanted. One reused
  // buffer: printing floats is common and must not allocate each time.
  static std::string num;
  num.assign(1, '+');
  append_float(num, v, verb, prec, bit_size);
  if (num[1] == '-' || num[1] == '+') num.erase(0, 1);
  if (f_.space && num[0] == '+' && !f_.plus) num[0] = ' ';
  if (num[1] == 'I' || num[1] == 'N') {  // infinities and NaN are not zero padded
    bool old_zero = f_.zero;
    f_.zero = false;
    if (num[1] == 'N' && !f_.space && !f_.plus) num.erase(0, 1);
    pad(num);
    f_.zero = old_zero;
    return;
  }
  if (f_.sharp && verb != 'b') add_alternate_form(num, verb, prec);
  if (f_.plus || num[0] != '+') {
    // Zero padding goes between the sign and the digits.
    if (f_.zero && f_.widPresent && f_.wid > static_cast<int>(num.size())) {
      out_ += num[0];
      write_padding(f_.wid - static_cast<int>(num.size()));
      out_.append(num, 1);
      return;
    }
    pad(num);
    return;
  }
  pad(std::string_view(num).substr(1));
}

static bool is_float_verb(char32_t verb) { return std::u32string_view(U"vbgGxXfeEF").find(verb) != std::u32string_view::npos; }

void Printer::fmt_float_for_verb(double v, char32_t verb, int bit_size) {
  switch (verb) {
    case 'v': fmt_float(v, 'g', -1, bit_size); return;
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X': fmt_float(v, static_cast<char>(verb), -1, bit_size); return;
    default: fmt_float(v, static_cast<char>(verb), 6, bit_size); return;  // f F e E
  }
}

void Printer::fmt_float_verb(const mg_any &arg, char32_t verb) {
  if (is_float_verb(verb)) fmt_float_for_verb(float_value(arg), verb, float_bits(arg.type));
  else bad_verb(verb, arg);
}

// (re+imi): each part formatted as a float with the verb, width and precision; the imaginary
// part always with its sign.
void Printer::fmt_complex_verb(const mg_any &arg, char32_t verb) {
  if (!is_float_verb(verb)) {
    bad_verb(verb, arg);
    return;
  }
  ComplexParts c = complex_value(arg);
  int bits = float_bits(arg.type);
  out_ += '(';
  fmt_float_for_verb(c.re, verb, bits);
  bool old_plus = f_.plus;
  f_.plus = true;
  fmt_float_for_verb(c.im, verb, bits);
  f_.plus = old_plus;
  out_ += "i)";
}

// ---- strings -----------------------------------------------------------------------------------

std::string_view Printer::truncate(std::string_view s) const {
  if (!f_.precPresent) return s;
  int runes = 0;
  for (size_t i = 0; i < s.size(); runes++) {
    if (runes == f_.prec) return s.substr(0, i);
    i += decode_rune(s, i).width;
  }
  return s;
}

void Printer::fmt_s(std::string_view s) { pad(truncate(s)); }

void Printer::fmt_sx(std::string_view s, std::string_view digits) {
  size_t length = s.size();
  if (f_.precPresent && static_cast<size_t>(f_.prec) < length) length = static_cast<size_t>(f_.prec);
  int width = 2 * static_cast<int>(length);
  if (width == 0) {
    if (f_.widPresent) write_padding(f_.wid);
    return;
  }
  if (f_.space) {
    if (f_.sharp) width *= 2;  // each byte gets its own 0x
    width += static_cast<int>(length) - 1;
  } else if (f_.sharp) {
    width += 2;
  }
  if (f_.widPresent && f_.wid > width && !f_.minus) write_padding(f_.wid - width);
  if (f_.sharp) {
    out_ += '0';
    out_ += digits[16];
  }
  for (size_t i = 0; i < length; i++) {
    if (f_.space && i > 0) {
      out_ += ' ';
      if (f_.sharp) {
        out_ += '0';
        out_ += digits[16];
      }
    }
    auto c = static_cast<unsigned char>(s[i]);
    out_ += digits[c >> 4];
    out_ += digits[c & 0xF];
  }
  if (f_.widPresent && f_.wid > width && f_.minus) write_padding(f_.wid - width);
}

void Printer::fmt_q(std::string_view s) {
  s = truncate(s);
  std::string quoted;
  if (f_.sharp && can_backquote(s)) {
    quoted += '`';
    quoted += s;
    quoted += '`';
  } else {
    append_quoted(quoted, s, f_.plus);
  }
  pad(quoted);
}

void Printer::fmt_string_verb(std::string_view s, char32_t verb, const char *type_name) {
  switch (verb) {
    case 'v':
      if (f_.sharpV) {
        fmt_q(s);
      } else {
        fmt_s(s);
      }
      return;
    case 's': fmt_s(s); return;
    case 'x': fmt_sx(s, kLowerDigits); return;
    case 'X': fmt_sx(s, kUpperDigits); return;
    case 'q': fmt_q(s); return;
  }
  bad_verb_begin(verb, type_name);
  fmt_string_verb(s, 'v', type_name);
  bad_verb_end();
}

}  // namespace mgrt
