// Go maps: a hash table on the GC heap whose keys and values are stored inline, sized and
// hashed by the map type's descriptor (MG_MAP: `key` and `elem`). The functions generated code
// calls are in runtime_functions.def; this header is the runtime's own view (fmt, tests).
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "runtime/minigo_runtime.h"

namespace mgrt {

// A map value points to a Map (a nil map is a null pointer).
//
// Entries live in slots appended in insertion order: slot i has hashes[i] (0 once deleted or
// not yet used: a key's hash is never 0), its key at keys + i * key size and its value at
// values + i * value size. `index` is an open-addressing table (linear probing) of slot numbers
// with at least twice as many positions as there are slots. A deleted slot is not reused: when
// every slot is used, the live entries move to new arrays at most half full (twice as large if
// they filled half or more), so that an iterator still reading the old arrays sees them
// unchanged.
struct Map {
  int64_t count;     // live entries: len(m)
  int64_t used;      // slots used so far, live or deleted
  int64_t capacity;  // slots (a power of two, or 0 before the first insertion)
  uint64_t seed;     // hashing seed, random per map
  uint64_t *hashes;
  char *keys;
  char *values;
  uint64_t *index;    // per position: a slot number, kEmpty or kDeleted, and the hash's high half
  uint64_t index_mask;
  uint64_t clears;   // how many times clear(m) ran: iterators stop when it changes
};

// A `range` over a map (see minigo_map_iter_next): the slot arrays of the map when the iteration
// started, visited in a random order.
struct MapIter {
  const mg_type *type;
  Map *map;
  uint64_t *hashes;
  char *keys;
  char *values;
  int64_t capacity;
  uint64_t clears;
  uint64_t start, stride;  // position k visits slot (start + k * stride) mod capacity
  int64_t visited;
};

// Hashing and equality of map keys, driven by the key's descriptor (map_keys.cpp).
// Hashing a key whose dynamic type is not comparable panics as Go does.
uint64_t hash_key(const mg_type *t, const void *key, uint64_t seed);
bool keys_equal(const mg_type *t, const void *a, const void *b);
// A lookup or delete in a nil or empty map hashes nothing, but Go checks the key all the same:
// a dynamic type that is not comparable panics with "hash of unhashable type: []int".
void check_hashable(const mg_type *t, const void *key);
// Does a value of type t hold pointers the collector must see?
bool has_pointers(const mg_type *t);
// A random 64-bit number (map seeds, iteration starts, NaN hashes).
uint64_t random_u64();

// The live entries of m (key and value addresses), in slot order (fmt sorts them).
std::vector<std::pair<const char *, const char *>> map_entries(const mg_type *map_type, const Map *m);

}  // namespace mgrt
