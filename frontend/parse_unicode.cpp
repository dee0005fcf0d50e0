// Unicode classes from ICU (see parse_unicode.h).
#include "frontend/parse_unicode.h"

#include <llvm/Support/ConvertUTF.h>
#include <llvm/Support/Format.h>
#include <llvm/Support/raw_ostream.h>
#include <unicode/uchar.h>

namespace minigo {

bool isUnicodeLetter(char32_t c) { return (U_GET_GC_MASK(UChar32(c)) & U_GC_L_MASK) != 0; }

bool isUnicodeDigit(char32_t c) { return u_charType(UChar32(c)) == U_DECIMAL_DIGIT_NUMBER; }

std::pair<char32_t, size_t> decodeCharacter(llvm::StringRef text) {
  auto *begin = reinterpret_cast<const llvm::UTF8 *>(text.data()), *next = begin;
  llvm::UTF32 c = 0;
  llvm::convertUTF8Sequence(&next, begin + text.size(), &c, llvm::strictConversion);
  return {char32_t(c), size_t(next - begin)};
}

std::string describeCharacter(llvm::StringRef text) {
  auto [c, size] = decodeCharacter(text);
  std::string out;
  llvm::raw_string_ostream os(out);
  os << "U+" << llvm::format_hex_no_prefix(uint32_t(c), 4, /*Upper=*/true);
  uint32_t printable = U_GC_L_MASK | U_GC_M_MASK | U_GC_N_MASK | U_GC_P_MASK | U_GC_S_MASK;
  if (c == ' ' || (U_GET_GC_MASK(UChar32(c)) & printable) != 0) os << " '" << text.take_front(size) << "'";
  return out;
}

}  // namespace minigo
