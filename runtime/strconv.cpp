// strconv's UTF-8 decoding and quoting (floats are in strconv_float.cpp).
#include "runtime/strconv.h"

#include <cstdint>

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
