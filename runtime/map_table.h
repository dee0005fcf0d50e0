// The map table's internals shared by maps.cpp and map_iter.cpp: control bytes matched 8 at a
// time, the key classes (how a map hashes and compares its keys, chosen once per map), and the
// probe for a key. The layout is described in maps.h.
#pragma once

#include <cstdint>
#include <cstring>

#include "runtime/map_hash.h"
#include "runtime/maps.h"

namespace mgrt::table {

constexpr int kGroupSlots = 8;
constexpr unsigned char kEmpty = 0, kDeleted = 1, kFull = 0x80;  // kFull | 7 bits of the hash
constexpr uint64_t kLowBits = 0x0101010101010101ull, kHighBits = 0x8080808080808080ull;

// 0x80 in each byte of x that is 0, and 0 in the others.
inline uint64_t zero_bytes(uint64_t x) { return ~(((x & ~kHighBits) + ~kHighBits) | x | ~kHighBits); }
inline unsigned first_byte(uint64_t bits) { return static_cast<unsigned>(__builtin_ctzll(bits)) >> 3; }

inline unsigned char full_control(uint64_t h) { return static_cast<unsigned char>(kFull | (h & 0x7f)); }
inline uint64_t first_group(const Map *m, uint64_t h) { return (h >> 7) & m->group_mask; }

// A slot: its group and its number there.
struct Slot {
  char *group;
  unsigned index;
  unsigned char &control() const { return reinterpret_cast<unsigned char *>(group)[index]; }
  char *key(const Map *m) const { return group + kGroupSlots + index * m->slot_size; }
  char *value(const Map *m) const { return key(m) + m->value_offset; }
  explicit operator bool() const { return group != nullptr; }
};

// Key classes: hash(m, key), equal(m, a, b), and prefetch(key) of memory hash will read.
enum KeyClass : int32_t { kGenericKey, kWord1Key, kWord2Key, kWord4Key, kWord8Key, kStringKey };

// Integers, bools and pointers: their bits.
template <size_t N>
struct WordKey {
  static uint64_t load(const void *p) {
    uint64_t v = 0;
    std::memcpy(&v, p, N);
    return v;
  }
  static uint64_t hash(const Map *m, const void *key) { return hash_word(load(key), m->seed); }
  static bool equal(const Map *, const void *a, const void *b) { return load(a) == load(b); }
  static void prefetch(const void *) {}
};

struct StringKey {
  static void prefetch(const void *key) { __builtin_prefetch(static_cast<const mg_string *>(key)->ptr); }
  static uint64_t hash(const Map *m, const void *key) {
    auto *s = static_cast<const mg_string *>(key);
    return hash_bytes(s->ptr, static_cast<size_t>(s->len), m->seed);
  }
  static bool equal(const Map *, const void *a, const void *b) {
    auto *x = static_cast<const mg_string *>(a), *y = static_cast<const mg_string *>(b);
    return x->len == y->len &&
           (x->ptr == y->ptr || x->len == 0 || std::memcmp(x->ptr, y->ptr, static_cast<size_t>(x->len)) == 0);
  }
};

// Every other comparable type, by its descriptor (floats, interfaces, arrays, structs).
struct GenericKey {
  static uint64_t hash(const Map *m, const void *key) { return hash_key(m->type->key, key, m->seed); }
  static bool equal(const Map *m, const void *a, const void *b) { return keys_equal(m->type->key, a, b); }
  static void prefetch(const void *) {}
};

// f(K{}) with the key class K of m.
template <class F>
decltype(auto) with_key_class(const Map *m, F &&f) {
  switch (m->key_class) {
    case kWord1Key: return f(WordKey<1>{});
    case kWord2Key: return f(WordKey<2>{});
    case kWord4Key: return f(WordKey<4>{});
    case kWord8Key: return f(WordKey<8>{});
    case kStringKey: return f(StringKey{});
    default: return f(GenericKey{});
  }
}

// The slot holding `key` (whose hash is h), or a null Slot. m has groups.
template <class K>
Slot find(const Map *m, const void *key, uint64_t h) {
  uint64_t wanted = kLowBits * full_control(h);
  uint64_t g = first_group(m, h);
  // The slot's cache line is fetched along with the control bytes' rather than after them.
  char *first = m->groups + g * m->group_size;
  for (int64_t line = 64; line < m->group_size; line += 64) __builtin_prefetch(first + line);
  for (uint64_t step = 1;; g = (g + step++) & m->group_mask) {
    char *group = m->groups + g * m->group_size;
    uint64_t control = read64(group);
    for (uint64_t hits = zero_bytes(control ^ wanted); hits != 0; hits &= hits - 1) {
      Slot slot{group, first_byte(hits)};
      if (K::equal(m, slot.key(m), key)) return slot;
    }
    if (zero_bytes(control) != 0) return {nullptr, 0};  // an empty slot: no probe went further
  }
}

// The first empty or deleted slot of h's probe sequence in m's groups.
inline Slot find_free(const Map *m, uint64_t h) {
  uint64_t g = first_group(m, h);
  for (uint64_t step = 1;; g = (g + step++) & m->group_mask) {
    char *group = m->groups + g * m->group_size;
    if (uint64_t free = ~read64(group) & kHighBits) return {group, first_byte(free)};
  }
}

}  // namespace mgrt::table
