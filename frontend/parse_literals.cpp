// Decoding of Go string literals (see parse_to_ast.h).
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
    case '"': return '"';
    default: return 0;
  }
}

}  // namespace

std::optional<std::string> decodeStringLiteral(llvm::StringRef text, llvm::SMLoc loc, Diagnostics &diags) {
  llvm::StringRef body = text.drop_front().drop_back();
  std::string out;
  if (text.starts_with("`")) {  // raw: verbatim, except that carriage returns are discarded
    for (char c : body)
      if (c != '\r') out += c;
    return out;
  }
  auto fail = [&](llvm::SMLoc at, const char *message) -> std::optional<std::string> {
    diags.error(at, message);
    return std::nullopt;
  };
  for (size_t i = 0; i < body.size();) {
    if (body[i] != '\\') {
      out += body[i++];
      continue;
    }
    // `i` is at the backslash; the grammar guarantees a character after it.
    llvm::SMLoc escapeLoc = llvm::SMLoc::getFromPointer(loc.getPointer() + 1 + i);
    char kind = body[i + 1];
    if (char c = simpleEscape(kind)) {
      out += c;
      i += 2;
    } else if (kind == 'x' || (kind >= '0' && kind <= '7')) {  // one byte: \xNN or \NNN (octal)
      bool hex = kind == 'x';
      std::optional<unsigned> byte = hex ? readDigits(body, i + 2, 2, 16) : readDigits(body, i + 1, 3, 8);
      if (!byte) return fail(escapeLoc, "invalid escape sequence");
      if (*byte > 255) return fail(escapeLoc, "octal escape value > 255");
      out += static_cast<char>(*byte);
      i += 4;
    } else if (kind == 'u' || kind == 'U') {  // a code point, encoded as UTF-8
      size_t digits = kind == 'u' ? 4 : 8;
      std::optional<unsigned> codePoint = readDigits(body, i + 2, digits, 16);
      if (!codePoint) return fail(escapeLoc, "invalid escape sequence");
      char buffer[4];
      char *end = buffer;
      bool surrogate = *codePoint >= 0xD800 && *codePoint < 0xE000;
      if (surrogate || !llvm::ConvertCodePointToUTF8(*codePoint, end))
        return fail(escapeLoc, "escape is invalid Unicode code point");
      out.append(buffer, end);
      i += 2 + digits;
    } else {
      return fail(escapeLoc, "unknown escape sequence");
    }
  }
  return out;
}

}  // namespace minigo
