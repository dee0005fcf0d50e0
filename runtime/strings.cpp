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

// The buffer of the newest long concatenation, with room after its bytes. Concatenating to a
// string that ends where the buffer's used bytes end writes the new bytes into that room instead
// of copying the whole string: the usual `s += x` loop then takes linear time, not quadratic.
// Bytes past `used` belong to no string yet, and the bytes of a string are never written again,
// so every string sharing the buffer stays as it was. A global, so that the collector sees the
// buffer (and keeps it) while it is cached; with goroutines on several threads it becomes per
// thread.
static struct {
  char *used = nullptr;  // the end of the bytes handed out
  char *end = nullptr;   // the end of the buffer
  char *start = nullptr; // keeps the buffer alive while it is cached
} concat_buffer;

// Below this length a result is allocated to its size: growth room only pays for strings that
// keep growing.
static constexpr int64_t kConcatRoomFrom = 64;

mg_string minigo_string_concat(const char *a, int64_t alen, const char *b, int64_t blen) {
  if (alen == 0) return {b, blen};  // strings are immutable, so sharing is safe
  if (blen == 0) return {a, alen};
  int64_t total = alen + blen;
  if (a + alen == concat_buffer.used && blen <= concat_buffer.end - concat_buffer.used) {
    std::memcpy(concat_buffer.used, b, static_cast<size_t>(blen));
    concat_buffer.used += blen;
    return {a, total};
  }
  int64_t capacity = total < kConcatRoomFrom ? total : 2 * total;
  char *bytes = static_cast<char *>(GC_MALLOC_ATOMIC(static_cast<size_t>(capacity)));
  std::memcpy(bytes, a, static_cast<size_t>(alen));
  std::memcpy(bytes + alen, b, static_cast<size_t>(blen));
  if (capacity > total) concat_buffer = {bytes + total, bytes + capacity, bytes};
  return {bytes, total};
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
