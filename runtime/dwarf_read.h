// Readers for the encodings DWARF tables use (.eh_frame CFI, LSDAs, .debug_line).
#pragma once

#include <cstdint>
#include <cstring>

namespace mgrt {

inline uint64_t read_uleb128(const uint8_t *&p) {
  uint64_t v = 0;
  for (int shift = 0;; shift += 7) {
    uint8_t b = *p++;
    v |= uint64_t(b & 0x7f) << shift;
    if (!(b & 0x80)) return v;
  }
}

inline int64_t read_sleb128(const uint8_t *&p) {
  int64_t v = 0;
  int shift = 0;
  uint8_t b;
  do {
    b = *p++;
    v |= int64_t(b & 0x7f) << shift;
    shift += 7;
  } while (b & 0x80);
  if (shift < 64 && (b & 0x40)) v |= -(int64_t(1) << shift);
  return v;
}

// A fixed-size little-endian value at any alignment.
template <typename T>
T read_raw(const uint8_t *&p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  p += sizeof v;
  return v;
}

}  // namespace mgrt
