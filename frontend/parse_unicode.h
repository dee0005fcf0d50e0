// The Unicode classes of Go's lexical grammar, for identifiers outside ASCII. Internal to
// frontend/parse*.
//
// The categories come from ICU (libicuuc), which libLLVM already loads through libxml2: Debian 12's
// ICU 72 implements Unicode 15.0, the version of Go 1.26's unicode package, so minigo and gc
// agree on which characters are letters. LLVM's own Unicode support has no general categories.
#pragma once

#include <llvm/ADT/StringRef.h>

#include <string>
#include <utility>

namespace minigo {

// unicode_letter: general category L (Lu, Ll, Lt, Lm, Lo).
bool isUnicodeLetter(char32_t c);
// unicode_digit: general category Nd.
bool isUnicodeDigit(char32_t c);

// The character that starts `text`, which must be valid UTF-8, and its length in bytes.
std::pair<char32_t, size_t> decodeCharacter(llvm::StringRef text);

// The character that starts `text` as Go's `%#U` prints it: `U+00B7 '·'`, or `U+00A0` alone
// when it is not printable (strconv.IsPrint: categories L, M, N, P and S).
std::string describeCharacter(llvm::StringRef text);

}  // namespace minigo
