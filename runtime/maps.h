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
// The table is an array of groups (a power of two of them). A group is 8 control bytes, one per
// slot, followed by its 8 slots, each a key with its value after it (aligned as they need), so
// that a lookup mostly reads one or two cache lines. A control byte is 0 for an empty slot
// (zeroed memory is an empty table), 1 for a deleted one, and 0x80 | the low 7 bits of the key's
// hash for a full one: 8 slots are matched against a hash at once. A key's probe sequence
// starts at the group its hash's other bits select and visits group g + 1, g + 3, g + 6, ... (all
// of them) until one with an empty slot. At most 7/8 of the slots are ever full or deleted, so
// every probe ends; when an insertion would pass that, the live entries move to a new array
// (twice as large if they fill half or more of that limit).
//
// Iteration (minigo_map_iter_next) keeps Go's promises:
// - a random order: each iterator starts at a random group and slot;
// - it reads the array the map had when it started. Within one array an entry never moves, a
//   deletion marks its control byte (it is not produced once deleted) and an insertion fills a
//   free slot (produced or not, as Go allows), so each entry is produced at most once;
// - once the map has moved to a new array, the old one is never written again: the iterator
//   walks it and looks each key up in the map, for the entry's current value or to skip it if it
//   was deleted since;
// - clear(m) counts in `clears`, and an iterator stops when the count changes.
// An array an iterator (or fmt) may still hold is `shared`: it is neither freed when the map
// moves on nor cleared in place. Any other array the map leaves is freed at once.
struct Map {
  int64_t count;        // live entries: len(m)
  uint64_t seed;        // hashing seed, random per map
  char *groups;         // group_mask + 1 groups, or null before the first insertion
  uint64_t group_mask;
  int64_t growth_left;  // empty slots that may still be filled before the table is rebuilt
  uint64_t clears;      // how many times clear(m) ran
  const mg_type *type;  // the map type
  int64_t slot_size, value_offset, group_size;  // bytes; a slot's value is value_offset after its key
  int32_t key_class;    // how keys are hashed and compared (maps.cpp: KeyClass)
  bool shared;          // an iterator or fmt may hold `groups`
};

// A `range` over a map (see minigo_map_iter_next): the groups of the map when the iteration
// started, visited from a random slot on.
struct MapIter {
  Map *map;
  char *groups;
  uint64_t group_mask;
  uint64_t clears;
  uint64_t start_group, start_slot;
  uint64_t visited;  // slots visited so far
};

// Hashing and equality of map keys, driven by the key's descriptor (map_keys.cpp).
// Hashing a key whose dynamic type is not comparable panics as Go does.
uint64_t hash_key(const mg_type *t, const void *key, uint64_t seed);
bool keys_equal(const mg_type *t, const void *a, const void *b);
// A lookup or delete in a nil or empty map hashes nothing, but Go checks the key all the same:
// a dynamic type that is not comparable panics with "hash of unhashable type: []int".
void check_hashable(const mg_type *t, const void *key);
// A random 64-bit number (map seeds, iteration starts, NaN hashes).
uint64_t random_u64();

// The live entries of m (key and value addresses), in table order (fmt sorts them). The
// memory stays readable even if the map changes while they are used (a String method may).
std::vector<std::pair<const char *, const char *>> map_entries(Map *m);

}  // namespace mgrt
