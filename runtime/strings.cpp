#include "runtime/strings.h"

#include "runtime/strconv.h"

#include <gc.h>

#include <cstring>

namespace mgrt {

mg_string gc_string(std::string_view text) {
  if (text.empty()) return {nullptr, 0};
  // Atomic: string bytes hold no pointers, so the collector need not scan them.
  char *bytes = static_cast<char *>(GC_MALLOC_ATOMIC(text.size()));
  std::memcpy(bytes, text.data(), text.size());
  return {bytes, static_cast<int64_t>(text.size())};
}

mg_string *gc_boxed_string(std::string_view text) {
  auto *box = static_cast<mg_string *>(GC_MALLOC(sizeof(mg_string)));
  *box = gc_string(text);
  return box;
}

}  // namespace mgrt

extern "C" {

mg_string minigo_string_concat(const char *a, int64_t alen, const char *b, int64_t blen) {
  if (alen == 0) return {b, blen};  // strings are immutable, so sharing is safe
  if (blen == 0) return {a, alen};
  char *bytes = static_cast<char *>(GC_MALLOC_ATOMIC(static_cast<size_t>(alen + blen)));
  std::memcpy(bytes, a, static_cast<size_t>(alen));
  std::memcpy(bytes + alen, b, static_cast<size_t>(blen));
  return {bytes, alen + blen};
}

mg_decoded_rune minigo_decode_rune(const char *p, int64_t n, int64_t at) {
  mgrt::DecodedRune d = mgrt::decode_rune(std::string_view(p, static_cast<size_t>(n)), static_cast<size_t>(at));
  return {static_cast<int64_t>(d.rune), static_cast<int64_t>(d.width)};
}

int64_t minigo_string_compare(const char *a, int64_t alen, const char *b, int64_t blen) {
  int64_t common = alen < blen ? alen : blen;
  if (common > 0) {
    int c = std::memcmp(a, b, static_cast<size_t>(common));
    if (c != 0) return c;
  }
  return alen < blen ? -1 : (alen > blen ? 1 : 0);
}

}  // extern "C"
