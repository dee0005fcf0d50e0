// The hash primitives of map keys (wyhash-style multiply-and-fold), inline so that the map
// table's fast paths for word and string keys hash without a call (maps.cpp, map_keys.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace mgrt {

inline constexpr uint64_t kPrime0 = 0xa0761d6478bd642full, kPrime1 = 0xe7037ed1a0b428dbull,
                          kPrime2 = 0x8ebc6af09c88c6e3ull, kPrime3 = 0x589965cc75374cc3ull;

// The 128-bit product of a and b, folded to 64 bits.
inline uint64_t mix(uint64_t a, uint64_t b) {
  unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
  return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}

inline uint64_t read64(const void *p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

inline uint64_t hash_bytes(const void *data, size_t n, uint64_t seed) {
  auto *p = static_cast<const unsigned char *>(data);
  uint64_t h = seed ^ mix(n ^ kPrime0, kPrime1);
  for (; n >= 16; p += 16, n -= 16) h = mix(read64(p) ^ kPrime1, read64(p + 8) ^ h);
  if (n >= 8) {
    h = mix(read64(p) ^ kPrime2, h ^ kPrime1);
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    uint64_t tail = 0;
    std::memcpy(&tail, p, n);
    h = mix(tail ^ kPrime3, h ^ kPrime2);
  }
  return mix(h ^ kPrime0, h ^ kPrime3);
}

// A key of at most 8 bytes compared by its bits (an integer, a bool, a pointer), widened.
inline uint64_t hash_word(uint64_t v, uint64_t seed) { return mix(mix(v ^ kPrime0, seed ^ kPrime1), kPrime2); }

}  // namespace mgrt
