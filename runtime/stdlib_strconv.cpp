// The runtime functions of package strconv (stdlib/strconv): float formatting and parsing, and
// the quoting fmt's %q shares.
#include <charconv>
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

namespace {

// s is a literal Go accepts, without underscores, and C's as well. std::from_chars (fast_float
// in libstdc++) reads the decimal forms; the rest (a leading '+', hexadecimal) and what is out of
// range go to strtod and strtof, which round correctly (glibc), overflow to ±HUGE_VAL, that is
// ±Inf, underflow to the nearest subnormal or zero, and need a terminating NUL. The runtime
// never changes the C locale, so the decimal point is '.'.
template <class Float> Float parse_float(std::string_view s, Float (*strto)(const char *, char **)) {
  Float v;
  auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (error == std::errc() && end == s.data() + s.size()) return v;
  return strto(std::string(s).c_str(), nullptr);
}

}  // namespace

extern "C" double minigo_strconv_parseFloat(void *, mg_string s, int64_t bit_size) {
  if (bit_size == 32) return parse_float<float>(mgrt::view(s), std::strtof);
  return parse_float<double>(mgrt::view(s), std::strtod);
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
