// Decoding of Go string and rune literals (see parse_to_ast.h).
#include "frontend/parse_to_ast.h"

#include <llvm/Support/ConvertUTF.h>

namespace minigo {

namespace {

// Reads `count` digits of `base` at `pos`; nothing if one is missing or not a digit.
std::optional<unsigned> readDigits(llvm::StringRef body, size_t pos, size_t count, unsigned base) {
  if (pos + count > body.size()) return std::nullopt;
  unsigned value = 0;
  if (body.substr(pos, count).getAsInteger(base, value)) return std::nullopt;
  return value;
}

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

// Decodes the character at body[i], reporting a bad escape. `quote` is the literal's own
// quote, the one that may be escaped in it.
std::optional<Char> decodeChar(llvm::StringRef body, size_t i, llvm::SMLoc loc, char quote, Diagnostics &diags) {
  auto fail = [&](const char *message) -> std::optional<Char> {
    diags.error(loc, message);
    return std::nullopt;
  };
  if (body[i] != '\\') {  // one UTF-8 encoded code point (the lexical pre-pass checked the encoding)
    auto *begin = reinterpret_cast<const llvm::UTF8 *>(body.data() + i);
    unsigned length = llvm::getNumBytesForUTF8(*begin);
    llvm::UTF32 codePoint = 0, *out = &codePoint;
    llvm::ConvertUTF8toUTF32(&begin, begin + length, &out, out + 1, llvm::strictConversion);
    return Char{codePoint, false, length};
  }
  // The grammar guarantees a character after the backslash.
  char kind = body[i + 1];
  if (char c = simpleEscape(kind)) {
    if (c == '"' && quote != '"') return fail("unknown escape sequence");
    return Char{uint8_t(c), false, 2};
  }
  if (kind == '\'' && quote == '\'') return Char{'\'', false, 2};
  if (kind == 'x' || (kind >= '0' && kind <= '7')) {  // one byte: \xNN or \NNN (octal)
    bool hex = kind == 'x';
    std::optional<unsigned> byte = hex ? readDigits(body, i + 2, 2, 16) : readDigits(body, i + 1, 3, 8);
    if (!byte) return fail("invalid escape sequence");
    if (*byte > 255) return fail("octal escape value > 255");
    return Char{*byte, true, 4};
  }
  if (kind == 'u' || kind == 'U') {
    size_t digits = kind == 'u' ? 4 : 8;
    std::optional<unsigned> codePoint = readDigits(body, i + 2, digits, 16);
    if (!codePoint) return fail("invalid escape sequence");
    bool surrogate = *codePoint >= 0xD800 && *codePoint < 0xE000;
    if (surrogate || *codePoint > 0x10FFFF) return fail("escape is invalid Unicode code point");
    return Char{*codePoint, false, 2 + digits};
  }
  return fail("unknown escape sequence");
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
    std::optional<Char> c = decodeChar(body, i, at(loc, 1 + i), '"', diags);
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
    diags.error(loc, "empty rune literal or unescaped ' in rune literal");
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
