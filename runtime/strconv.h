// The pieces of Go's strconv and unicode/utf8 that fmt needs.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace mgrt {

constexpr char32_t kRuneError = 0xFFFD;

struct DecodedRune {
  char32_t rune;
  size_t width;  // bytes consumed; an invalid byte decodes as kRuneError with width 1
};
// utf8.DecodeRuneInString(s[at:]); s[at:] must not be empty.
DecodedRune decode_rune(std::string_view s, size_t at);
size_t rune_count(std::string_view s);
// utf8.AppendRune: invalid runes (surrogates, too large) become kRuneError.
void append_utf8(std::string &out, char32_t r);
bool is_print(char32_t r);  // strconv.IsPrint (unicode_print.cpp)

// strconv.AppendFloat(out, v, verb, prec, bit_size) for verbs b e E f F g G x X; prec -1 = shortest.
// A float32 (bit_size 32) comes widened to double.
void append_float(std::string &out, double v, char verb, int prec, int bit_size = 64);
// NaN, +Inf and -Inf are spelled the same by fmt and by print: appends them and returns true.
bool append_non_finite(std::string &out, double v);

// strconv.Quote / QuoteToASCII, and QuoteRune / QuoteRuneToASCII.
void append_quoted(std::string &out, std::string_view s, bool ascii_only);
void append_quoted_rune(std::string &out, char32_t r, bool ascii_only);
// strconv.CanBackquote.
bool can_backquote(std::string_view s);

}  // namespace mgrt
