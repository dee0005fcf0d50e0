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

inline uint64_t read32(const void *p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

// Every byte is read by loads of fixed size (overlapping ones for the tail): copying a short tail
// to the stack would make the next load wait for the copy's stores to retire, which waits for
// every older cache miss, and so would serialize consecutive map lookups.
inline uint64_t hash_bytes(const void *data, size_t n, uint64_t seed) {
  auto *p = static_cast<const unsigned char *>(data);
  uint64_t h = seed ^ mix(n ^ kPrime0, kPrime1);
  uint64_t a = 0, b = 0;
  if (n > 16) {
    for (; n > 16; p += 16, n -= 16) h = mix(read64(p) ^ kPrime1, read64(p + 8) ^ h);
    a = read64(p + n - 16);
    b = read64(p + n - 8);
  } else if (n >= 4) {
    size_t middle = (n >> 3) << 2;  // 0 below 8 bytes, else 4: the four reads cover every byte
    a = read32(p) << 32 | read32(p + middle);
    b = read32(p + n - 4) << 32 | read32(p + n - 4 - middle);
  } else if (n > 0) {
    a = uint64_t{p[0]} << 16 | uint64_t{p[n >> 1]} << 8 | p[n - 1];
  }
  h = mix(a ^ kPrime2, b ^ h ^ kPrime1);
  return mix(h ^ kPrime0, h ^ kPrime3);
}

// A key of at most 8 bytes compared by its bits (an integer, a bool, a pointer), widened.
inline uint64_t hash_word(uint64_t v, uint64_t seed) { return mix(mix(v ^ kPrime0, seed ^ kPrime1), kPrime2); }

}  // namespace mgrt
