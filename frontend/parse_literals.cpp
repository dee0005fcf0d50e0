// Decoding of Go string and rune literals (see parse_to_ast.h).
#include "frontend/parse_to_ast.h"
#include "frontend/parse_unicode.h"

#include <llvm/Support/ConvertUTF.h>
#include <llvm/Support/FormatVariadic.h>

#include <cctype>

namespace minigo {

namespace {

char simpleEscape(char c) {
  switch (c) {
    case 'a': return '\a';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case 'v': return '\v';
    case '\\': return '\\';
    case '"': return '"';  // in a string literal only
    default: return 0;
  }
}

// One character of an interpreted string or rune literal: a code point, or a byte (\x, octal).
struct Char {
  uint32_t value;
  bool isByte;
  size_t length;  // in the source
};

// Decodes the character at body[i], reporting a bad escape where gc does and as it words it.
// `loc` is body[0]'s location; `quote` is the literal's own quote, the one that may be escaped.
std::optional<Char> decodeChar(llvm::StringRef body, size_t i, llvm::SMLoc loc, char quote, Diagnostics &diags) {
  auto fail = [&](size_t offset, const llvm::Twine &message) -> std::optional<Char> {
    diags.error(llvm::SMLoc::getFromPointer(loc.getPointer() + offset), message);
    return std::nullopt;
  };
  if (body[i] != '\\') {  // one UTF-8 encoded code point (the lexical pre-pass checked the encoding)
    auto [codePoint, length] = decodeCharacter(body.substr(i));
    return Char{uint32_t(codePoint), false, length};
  }
  // The grammar guarantees a character after the backslash.
  char kind = body[i + 1];
  if (char c = simpleEscape(kind); c && (c != '"' || quote == '"')) return Char{uint8_t(c), false, 2};
  if (kind == '\'' && quote == '\'') return Char{'\'', false, 2};
  bool octal = kind >= '0' && kind <= '7';
  if (!octal && kind != 'x' && kind != 'u' && kind != 'U') return fail(i + 1, "unknown escape");
  // \NNN (octal) and \xNN are a byte; \uNNNN and \UNNNNNNNN a code point.
  size_t start = octal ? i + 1 : i + 2;
  size_t digits = octal ? 3 : kind == 'x' ? 2 : kind == 'u' ? 4 : 8;
  uint32_t value = 0;
  for (size_t d = start; d < start + digits; ++d) {
    char c = d < body.size() ? body[d] : quote;
    bool valid = octal ? c >= '0' && c <= '7' : std::isxdigit(static_cast<unsigned char>(c));
    if (!valid)
      return fail(d, llvm::Twine("invalid character '") + llvm::Twine(c) + "' in " +
                         (octal ? "octal" : "hexadecimal") + " escape");
    value = value * (octal ? 8 : 16) + (std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : (c | 0x20) - 'a' + 10);
  }
  size_t end = start + digits;
  if (octal && value > 255) return fail(end, "octal escape value " + llvm::Twine(value) + " > 255");
  if (octal || kind == 'x') return Char{value, true, end - i};
  if ((value >= 0xD800 && value < 0xE000) || value > 0x10FFFF)
    return fail(end, "escape is invalid Unicode code point " + llvm::StringRef(llvm::formatv("U+{0:X-4}", value).str()));
  return Char{value, false, end - i};
}

llvm::SMLoc at(llvm::SMLoc literal, size_t offset) { return llvm::SMLoc::getFromPointer(literal.getPointer() + offset); }

}  // namespace

std::optional<std::string> decodeStringLiteral(llvm::StringRef text, llvm::SMLoc loc, Diagnostics &diags) {
  llvm::StringRef body = text.drop_front().drop_back();
  std::string out;
  if (text.starts_with("`")) {  // raw: verbatim, except that carriage returns are discarded
    for (char c : body)
      if (c != '\r') out += c;
    return out;
  }
  for (size_t i = 0; i < body.size();) {
    std::optional<Char> c = decodeChar(body, i, at(loc, 1), '"', diags);
    if (!c) return std::nullopt;
    if (c->isByte) {
      out += static_cast<char>(c->value);
    } else {
      char buffer[4];
      char *end = buffer;
      llvm::ConvertCodePointToUTF8(c->value, end);
      out.append(buffer, end);
    }
    i += c->length;
  }
  return out;
}

std::optional<int32_t> decodeRuneLiteral(llvm::StringRef text, llvm::SMLoc loc, Diagnostics &diags) {
  llvm::StringRef body = text.drop_front().drop_back();
  if (body.empty()) {
    diags.error(at(loc, 1), "empty rune literal or unescaped '");
    return std::nullopt;
  }
  std::optional<Char> c = decodeChar(body, 0, at(loc, 1), '\'', diags);
  if (!c) return std::nullopt;
  if (c->length != body.size()) {
    diags.error(loc, "more than one character in rune literal");
    return std::nullopt;
  }
  return int32_t(c->value);
}

}  // namespace minigo
