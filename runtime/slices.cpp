// Slices: make, append's growth with Go's capacities, conversions from and to strings, and the
// bounds errors.
#include <gc.h>

#include <algorithm>
#include <cstring>
#include <string>

#include "runtime/interfaces.h"
#include "runtime/output.h"
#include "runtime/panic.h"
#include "runtime/strconv.h"
#include "runtime/strings.h"

namespace {

// What every allocation of zero bytes points to: a slice that is empty but not nil.
alignas(16) char zero_base[16];

// Go refuses allocations beyond its heap's address space (2^48 bytes on amd64).
constexpr int64_t kMaxAlloc = int64_t{1} << 48;

// The object sizes of Go's allocator up to 32 KB, measured: the capacities Go gives
// `append([]byte(nil), make([]byte, n)...)` for n from 1 to 32768.
constexpr int64_t kSizeClasses[] = {
    8,    16,   24,   32,   48,    64,    80,    96,    112,   128,   144,   160,   176,   192,
    208,  224,  240,  256,  288,   320,   352,   384,   416,   448,   480,   512,   576,   640,
    704,  768,  896,  1024, 1152,  1280,  1408,  1536,  1792,  2048,  2304,  2688,  3072,  3200,
    3456, 4096, 4864, 5376, 6144,  6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880, 12288,
    13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};
constexpr int64_t kLargestClass = 32768;
// Above this many bytes, an object holding pointers carries an 8-byte header in its size class
// (measured: []*int capacities are the classes less 8 from 576 bytes on).
constexpr int64_t kHeaderFrom = 512, kHeader = 8;
// Larger objects take whole 8 KB pages.
constexpr int64_t kPage = 8192;

// The bytes Go's allocator really gives a request of `size` bytes.
int64_t allocation_size(int64_t size, bool no_pointers) {
  if (size <= kLargestClass - kHeader) {
    int64_t request = size + (!no_pointers && size > kHeaderFrom ? kHeader : 0);
    int64_t size_class = *std::lower_bound(std::begin(kSizeClasses), std::end(kSizeClasses), request);
    return size_class - (request - size);
  }
  if (size > kMaxAlloc) return size;
  return (size + kPage - 1) / kPage * kPage;
}

// Go's growth rule: double a small slice; grow a large one by about 1.25x (smoothly, from 2x at
// 256 elements); and at least to what is needed.
int64_t next_capacity(int64_t new_len, int64_t old_cap) {
  if (new_len > 2 * old_cap) return new_len;
  constexpr int64_t kThreshold = 256;
  if (old_cap < kThreshold) return 2 * old_cap;
  uint64_t cap = static_cast<uint64_t>(old_cap);
  while (cap < static_cast<uint64_t>(new_len)) cap += (cap + 3 * kThreshold) / 4;
  return cap > static_cast<uint64_t>(INT64_MAX) ? new_len : static_cast<int64_t>(cap);
}

// Garbage-collected memory for elements. Boehm clears memory that may hold pointers, not the
// pointer-free kind (GC_MALLOC_ATOMIC): the caller clears what it does not fill.
void *allocate_uncleared(int64_t bytes, bool no_pointers) {
  if (bytes == 0) return zero_base;
  if (!no_pointers) return GC_MALLOC(static_cast<size_t>(bytes));  // cleared by the collector
  return GC_MALLOC_ATOMIC(static_cast<size_t>(bytes));
}

// Zeroed garbage-collected memory.
void *allocate(int64_t bytes, bool no_pointers) {
  void *p = allocate_uncleared(bytes, no_pointers);
  if (no_pointers && bytes > 0) std::memset(p, 0, static_cast<size_t>(bytes));
  return p;
}

[[noreturn]] void panic_error(const char *message) {
  mgrt::panic_runtime_error(std::string("runtime error: ") + message);
}

// Does n elements of elem_size bytes fit what Go may allocate? (false on overflow)
bool fits(int64_t n, int64_t elem_size) {
  return n >= 0 && (elem_size == 0 || n <= kMaxAlloc / elem_size);
}

}  // namespace

extern "C" {

void *minigo_make_slice(int64_t len, int64_t cap, int64_t elem_size, bool no_pointers) {
  // Go reports the length first when it is the one out of range.
  if (!fits(len, elem_size)) panic_error("makeslice: len out of range");
  if (cap < len || !fits(cap, elem_size)) panic_error("makeslice: cap out of range");
  return allocate(cap * elem_size, no_pointers);
}

void minigo_grow_slice(mg_slice *s, int64_t new_len, int64_t elem_size, bool no_pointers) {
  if (new_len < 0) panic_error("growslice: len out of range");
  if (elem_size == 0) {  // nothing to store: only the capacity grows
    if (s->ptr == nullptr) s->ptr = zero_base;
    s->cap = new_len;
    return;
  }
  int64_t cap = next_capacity(new_len, s->cap);
  if (!fits(cap, elem_size)) panic_error("growslice: len out of range");
  int64_t bytes = allocation_size(cap * elem_size, no_pointers);
  cap = bytes / elem_size;
  bytes = cap * elem_size;
  void *p = allocate_uncleared(bytes, no_pointers);
  size_t kept = static_cast<size_t>(s->len * elem_size);
  if (kept > 0) std::memcpy(p, s->ptr, kept);
  if (no_pointers) std::memset(static_cast<char *>(p) + kept, 0, static_cast<size_t>(bytes) - kept);
  s->ptr = p;
  s->cap = cap;
}

void minigo_print_slice(void *p, int64_t len, int64_t cap) {
  std::string text = "[" + std::to_string(len) + "/" + std::to_string(cap) + "]";
  minigo_print_string(text.data(), static_cast<int64_t>(text.size()));
  minigo_print_pointer(p);
}

void minigo_panic_bounds(int64_t x, bool x_unsigned, int64_t y, int code) {
  // Go shows a negative x alone, in the format's place for it.
  bool negative = !x_unsigned && x < 0;
  std::string xs = x_unsigned ? std::to_string(static_cast<uint64_t>(x)) : std::to_string(x);
  std::string ys = std::to_string(y);
  std::string message;
  switch (code) {
    case MG_BOUNDS_INDEX: message = "index out of range [" + xs + "]" + (negative ? "" : " with length " + ys); break;
    case MG_BOUNDS_SLICE_ALEN:
    case MG_BOUNDS_SLICE_ACAP:
      message = "slice bounds out of range [:" + xs + "]";
      if (!negative) message += (code == MG_BOUNDS_SLICE_ALEN ? " with length " : " with capacity ") + ys;
      break;
    case MG_BOUNDS_SLICE_B: message = "slice bounds out of range [" + xs + ":" + (negative ? "" : ys) + "]"; break;
    case MG_BOUNDS_SLICE3_ALEN:
    case MG_BOUNDS_SLICE3_ACAP:
      message = "slice bounds out of range [::" + xs + "]";
      if (!negative) message += (code == MG_BOUNDS_SLICE3_ALEN ? " with length " : " with capacity ") + ys;
      break;
    case MG_BOUNDS_SLICE3_B: message = "slice bounds out of range [:" + xs + ":" + (negative ? "" : ys) + "]"; break;
    case MG_BOUNDS_SLICE3_C: message = "slice bounds out of range [" + xs + ":" + (negative ? "" : ys) + ":]"; break;
    default:
      message = "cannot convert slice with length " + xs + " to array or pointer to array with length " + ys;
      break;
  }
  mgrt::panic_runtime_error("runtime error: " + message, &mgrt::type_bounds_error);
}

// gc gives the array of a string converted at run time its allocation's whole size as capacity;
// a constant string's array it sizes exactly, at compile time.
void minigo_bytes_from_string(mg_slice *out, const char *p, int64_t n, bool exact) {
  int64_t cap = n == 0 || exact ? n : allocation_size(n, true);
  out->ptr = allocate(cap, true);
  if (n > 0) std::memcpy(out->ptr, p, static_cast<size_t>(n));
  out->len = n;
  out->cap = cap;
}

void minigo_runes_from_string(mg_slice *out, const char *p, int64_t n, bool exact) {
  std::string_view s(p, static_cast<size_t>(n));
  auto count = static_cast<int64_t>(mgrt::rune_count(s));
  int64_t cap = count == 0 || exact ? count : allocation_size(count * 4, true) / 4;
  auto *runes = static_cast<int32_t *>(allocate(cap * 4, true));
  int64_t i = 0;
  for (size_t at = 0; at < s.size();) {
    mgrt::DecodedRune r = mgrt::decode_rune(s, at);
    runes[i++] = static_cast<int32_t>(r.rune);
    at += r.width;
  }
  *out = {runes, count, cap};
}

mg_string minigo_string_from_bytes(const char *p, int64_t n) { return mgrt::gc_string({p, static_cast<size_t>(n)}); }

mg_string minigo_string_from_runes(const int32_t *runes, int64_t n) {
  std::string text;
  for (int64_t i = 0; i < n; ++i) mgrt::append_utf8(text, static_cast<char32_t>(runes[i]));  // invalid: U+FFFD
  return mgrt::gc_string(text);
}

}  // extern "C"
