// The runtime functions of package strconv (stdlib/strconv): float formatting and parsing, and
// the quoting fmt's %q shares.
#include <cstdlib>
#include <string>

#include "runtime/strconv.h"
#include "runtime/strings.h"

// strconv.formatFloat: f is already rounded to float32 when bit_size is 32.
extern "C" mg_string minigo_strconv_formatFloat(void *, double f, int64_t verb, int64_t prec, int64_t bit_size) {
  std::string out;
  mgrt::append_float(out, f, static_cast<char>(verb), static_cast<int>(prec), static_cast<int>(bit_size));
  return mgrt::gc_string(out);
}

// strconv.parseFloat: s is a literal Go accepts, without underscores, and C's as well (C reads
// hexadecimal literals too). strtod and strtof round correctly (glibc), overflow to ±HUGE_VAL,
// that is ±Inf, and only need a terminating NUL. The runtime never changes the C locale, so the
// decimal point is '.'.
extern "C" double minigo_strconv_parseFloat(void *, mg_string s, int64_t bit_size) {
  std::string text(mgrt::view(s));
  if (bit_size == 32) return std::strtof(text.c_str(), nullptr);
  return std::strtod(text.c_str(), nullptr);
}

extern "C" mg_string minigo_strconv_quote(void *, mg_string s, int64_t ascii_only) {
  std::string out;
  mgrt::append_quoted(out, mgrt::view(s), ascii_only != 0);
  return mgrt::gc_string(out);
}

// strconv.quoteRune: r is a rune widened to int; out of range values quote as U+FFFD.
extern "C" mg_string minigo_strconv_quoteRune(void *, int64_t r, int64_t ascii_only) {
  std::string out;
  bool valid = r >= 0 && r <= 0x10FFFF;
  mgrt::append_quoted_rune(out, valid ? static_cast<char32_t>(r) : mgrt::kRuneError, ascii_only != 0);
  return mgrt::gc_string(out);
}

extern "C" bool minigo_strconv_canBackquote(void *, mg_string s) { return mgrt::can_backquote(mgrt::view(s)); }

extern "C" bool minigo_strconv_isPrint(void *, int64_t r) {
  return r >= 0 && r <= 0x10FFFF && mgrt::is_print(static_cast<char32_t>(r));
}
