// Go maps: the hash table of maps.h and the entry points generated code calls (iteration is in
// map_iter.cpp).
#include "runtime/maps.h"

#include <gc/gc.h>

#include <cstring>

#include "runtime/interfaces.h"
#include "runtime/map_table.h"
#include "runtime/panic.h"

namespace mgrt {

using namespace table;

namespace {

constexpr int64_t kMaxHintedCapacity = int64_t{1} << 20;

// How many slots may be full or deleted: 7/8 of them.
int64_t load_limit(int64_t capacity) { return capacity / 8 * 7; }

// The alignment a value of `size` bytes needs at most: the largest power of two (up to 8)
// dividing its size, since a Go type's size is a multiple of its alignment.
int64_t alignment(int64_t size) {
  if (size == 0) return 1;
  int64_t a = 8;
  while (size % a != 0) a /= 2;
  return a;
}
int64_t align_up(int64_t n, int64_t a) { return (n + a - 1) / a * a; }

KeyClass key_class_of(const mg_type *key) {
  switch (key->kind) {
    case MG_INT:
    case MG_UINT:
    case MG_BOOL:
    case MG_POINTER:
    case MG_CHAN:
      switch (key->size) {
        case 1: return kWord1Key;
        case 2: return kWord2Key;
        case 4: return kWord4Key;
        case 8: return kWord8Key;
        default: return kGenericKey;
      }
    case MG_STRING: return kStringKey;
    default: return kGenericKey;
  }
}

bool holds_pointers(const mg_type *map_type) { return map_type->key->holds_pointers || map_type->elem->holds_pointers; }

// Zeroed groups for `capacity` slots (an empty table), scanned by the collector only if the keys
// or values hold pointers. The map (and an iterator) keeps a pointer to the array's start, so the
// collector need not treat pointers into its later pages as keeping it alive.
void allocate_groups(Map *m, int64_t capacity, bool pointers) {
  size_t bytes = static_cast<size_t>(capacity / kGroupSlots) * static_cast<size_t>(m->group_size);
  void *p;
  if (pointers) {
    p = GC_MALLOC_IGNORE_OFF_PAGE(bytes);
  } else {
    p = GC_MALLOC_ATOMIC_IGNORE_OFF_PAGE(bytes);
    std::memset(p, 0, bytes);
  }
  m->groups = static_cast<char *>(p);
  m->group_mask = static_cast<uint64_t>(capacity / kGroupSlots - 1);
  m->growth_left = load_limit(capacity) - m->count;
  m->shared = false;
}

int64_t capacity_of(const Map *m) { return static_cast<int64_t>(m->group_mask + 1) * kGroupSlots; }

// Moves the live entries to new groups, twice as many if they fill more than half the load
// limit (deleted slots are left behind). The old array is freed unless someone may still read it.
template <class K>
void rebuild(Map *m, bool pointers) {
  int64_t capacity = kGroupSlots;
  while (load_limit(capacity) < 2 * m->count) capacity *= 2;
  Map old = *m;
  allocate_groups(m, capacity, pointers);
  // A group at a time, its keys hashed first (their data fetched while the previous group was
  // placed) and their new groups fetched before any is written: the cache misses overlap.
  int64_t groups = capacity_of(&old) / kGroupSlots;
  for (int64_t g = 0; g < groups; ++g) {
    char *group = old.groups + g * old.group_size;
    if (g + 1 < groups) {
      char *next = group + old.group_size;
      for (uint64_t full = read64(next) & kHighBits; full != 0; full &= full - 1)
        K::prefetch(Slot{next, first_byte(full)}.key(m));
    }
    uint64_t full = read64(group) & kHighBits, hashes[kGroupSlots];
    for (uint64_t f = full; f != 0; f &= f - 1) {
      unsigned i = first_byte(f);
      hashes[i] = K::hash(m, Slot{group, i}.key(m));
      __builtin_prefetch(m->groups + first_group(m, hashes[i]) * m->group_size);
    }
    for (; full != 0; full &= full - 1) {
      Slot from{group, first_byte(full)};
      Slot to = find_free(m, hashes[from.index]);
      to.control() = full_control(hashes[from.index]);
      std::memcpy(to.key(m), from.key(m), static_cast<size_t>(m->slot_size));
    }
  }
  if (!old.shared) GC_FREE(old.groups);
}

// A new entry for `key`, absent from m: its value's address (a zero value).
template <class K>
char *insert(Map *m, const mg_type *map_type, const void *key, uint64_t h) {
  Slot slot = find_free(m, h);
  if (slot.control() == kEmpty && m->growth_left == 0) {
    rebuild<K>(m, holds_pointers(map_type));
    slot = find_free(m, h);
  }
  if (slot.control() == kEmpty) --m->growth_left;
  slot.control() = full_control(h);
  std::memcpy(slot.key(m), key, static_cast<size_t>(map_type->key->size));
  ++m->count;
  return slot.value(m);
}

}  // namespace

std::vector<std::pair<const char *, const char *>> map_entries(Map *m) {
  std::vector<std::pair<const char *, const char *>> entries;
  if (m == nullptr || m->count == 0) return entries;
  m->shared = true;  // a String method may change the map while fmt reads these
  for (uint64_t g = 0; g <= m->group_mask; ++g) {
    char *group = m->groups + g * m->group_size;
    for (uint64_t full = read64(group) & kHighBits; full != 0; full &= full - 1) {
      Slot slot{group, first_byte(full)};
      entries.emplace_back(slot.key(m), slot.value(m));
    }
  }
  return entries;
}

}  // namespace mgrt

using mgrt::Map;
using namespace mgrt::table;

extern "C" {

void *minigo_map_make(const mg_type *map_type, int64_t hint) {
  auto *m = static_cast<Map *>(GC_MALLOC(sizeof(Map)));
  m->seed = mgrt::random_u64();
  m->type = map_type;
  m->key_class = mgrt::key_class_of(map_type->key);
  int64_t key_size = map_type->key->size, value_size = map_type->elem->size;
  int64_t key_align = mgrt::alignment(key_size), value_align = mgrt::alignment(value_size);
  m->value_offset = mgrt::align_up(key_size, value_align);
  m->slot_size = mgrt::align_up(m->value_offset + value_size, key_align > value_align ? key_align : value_align);
  m->group_size = kGroupSlots + kGroupSlots * m->slot_size;
  if (hint > 0) {  // a hint is only a hint: a negative one is ignored, a huge one not believed
    int64_t capacity = kGroupSlots;
    while (mgrt::load_limit(capacity) < hint && capacity < mgrt::kMaxHintedCapacity) capacity *= 2;
    mgrt::allocate_groups(m, capacity, mgrt::holds_pointers(map_type));
  }
  return m;
}

int64_t minigo_map_len(void *map) { return map ? static_cast<Map *>(map)->count : 0; }

void *minigo_map_lookup(const mg_type *map_type, void *map, void *key) {
  auto *m = static_cast<Map *>(map);
  if (m == nullptr || m->count == 0) {
    mgrt::check_hashable(map_type->key, key);
    return nullptr;
  }
  return with_key_class(m, [&](auto k) -> void * {
    using K = decltype(k);
    Slot slot = find<K>(m, key, K::hash(m, key));
    return slot ? slot.value(m) : nullptr;
  });
}

void *minigo_map_assign(const mg_type *map_type, void *map, void *key) {
  auto *m = static_cast<Map *>(map);
  if (m == nullptr) mgrt::panic_runtime_error("assignment to entry in nil map", &mgrt::type_plain_error);
  return with_key_class(m, [&](auto k) -> void * {
    using K = decltype(k);
    uint64_t h = K::hash(m, key);  // first: an unhashable key panics before anything changes
    if (m->groups == nullptr) mgrt::allocate_groups(m, kGroupSlots, mgrt::holds_pointers(map_type));
    if (Slot slot = find<K>(m, key, h)) {
      // The key is stored again, as Go does: an equal key may differ (-0 for +0, another string).
      std::memcpy(slot.key(m), key, static_cast<size_t>(map_type->key->size));
      return slot.value(m);
    }
    return mgrt::insert<K>(m, map_type, key, h);
  });
}

void minigo_map_delete(const mg_type *map_type, void *map, void *key) {
  auto *m = static_cast<Map *>(map);
  if (m == nullptr || m->count == 0) {
    mgrt::check_hashable(map_type->key, key);
    return;
  }
  with_key_class(m, [&](auto k) {
    using K = decltype(k);
    Slot slot = find<K>(m, key, K::hash(m, key));
    if (!slot) return;
    // A group with an empty slot never ended a probe that went on (a full group never gets an
    // empty slot back), so this slot may become empty; otherwise it must stay in the way.
    if (zero_bytes(mgrt::read64(slot.group)) != 0) {
      slot.control() = kEmpty;
      ++m->growth_left;
    } else {
      slot.control() = kDeleted;
    }
    // The deleted key and value must not keep what they point to alive.
    std::memset(slot.key(m), 0, static_cast<size_t>(m->slot_size));
    --m->count;
  });
}

void minigo_map_clear(const mg_type *map_type, void *map) {
  auto *m = static_cast<Map *>(map);
  if (m == nullptr) return;
  ++m->clears;  // iterators stop
  m->count = 0;
  if (m->groups == nullptr) return;
  int64_t capacity = mgrt::capacity_of(m);
  if (m->shared) {  // fmt may be reading the entries
    mgrt::allocate_groups(m, capacity, mgrt::holds_pointers(map_type));
  } else {
    std::memset(m->groups, 0, static_cast<size_t>(capacity / kGroupSlots * m->group_size));
    m->growth_left = mgrt::load_limit(capacity);
  }
}

}  // extern "C"
