// Go maps: the hash table of maps.h and the entry points generated code calls.
#include "runtime/maps.h"

#include <gc/gc.h>

#include <cstring>

#include "runtime/interfaces.h"
#include "runtime/panic.h"

namespace mgrt {

namespace {

constexpr int32_t kEmpty = -1, kDeleted = -2;
constexpr int64_t kMinCapacity = 8, kMaxHintedCapacity = int64_t{1} << 20;

struct Layout {
  const mg_type *key, *value;
  size_t key_size, value_size;
};

Layout layout(const mg_type *map_type) {
  return {map_type->key, map_type->elem, static_cast<size_t>(map_type->key->size),
          static_cast<size_t>(map_type->elem->size)};
}

// Zeroed memory for a slot array, scanned by the collector only if `pointers`. The map (and an
// iterator) keeps a pointer to the array's start, so the collector need not treat pointers
// into its later pages as keeping it alive (which large arrays would otherwise suffer from).
void *allocate_array(size_t bytes, bool pointers) {
  if (bytes == 0) bytes = 1;
  if (pointers) return GC_MALLOC_IGNORE_OFF_PAGE(bytes);
  void *p = GC_MALLOC_ATOMIC_IGNORE_OFF_PAGE(bytes);
  std::memset(p, 0, bytes);
  return p;
}

// Memory for `n` values of type t.
char *allocate_values(const mg_type *t, int64_t n) {
  return static_cast<char *>(allocate_array(static_cast<size_t>(n) * static_cast<size_t>(t->size), has_pointers(t)));
}

// A key's hash as the table stores it: never 0, which marks a free or deleted slot.
uint64_t slot_hash(const Layout &l, const Map *m, const void *key) {
  uint64_t h = hash_key(l.key, key, m->seed);
  return h != 0 ? h : 1;
}

// New, empty slot arrays of `capacity` slots.
void allocate_slots(Map *m, const Layout &l, int64_t capacity) {
  m->capacity = capacity;
  m->used = 0;
  m->hashes = static_cast<uint64_t *>(allocate_array(static_cast<size_t>(capacity) * sizeof(uint64_t), false));
  m->keys = allocate_values(l.key, capacity);
  m->values = allocate_values(l.value, capacity);
  size_t positions = static_cast<size_t>(capacity) * 2;
  m->index = static_cast<uint64_t *>(allocate_array(positions * sizeof(uint64_t), false));
  std::memset(m->index, 0xff, positions * sizeof(uint64_t));  // kEmpty
  m->index_mask = positions - 1;
}

// An index position holds a slot number (or kEmpty, kDeleted) in its low half and the high half
// of the slot's hash in its high half: most probes that do not match are rejected without
// reading the slot.
int32_t slot_of(uint64_t position) { return static_cast<int32_t>(static_cast<uint32_t>(position)); }
constexpr uint64_t kHashHigh = 0xffffffff00000000ull;

// Where `key` is: its position in `index` and its slot, or -1 and -1.
struct Found {
  int64_t position, slot;
};
Found find(const Layout &l, const Map *m, const void *key, uint64_t h) {
  if (m->capacity == 0) return {-1, -1};
  for (uint64_t i = h & m->index_mask;; i = (i + 1) & m->index_mask) {
    uint64_t position = m->index[i];
    int32_t slot = slot_of(position);
    if (slot == kEmpty) return {-1, -1};
    if (slot >= 0 && (position & kHashHigh) == (h & kHashHigh) && keys_equal(l.key, m->keys + slot * l.key_size, key))
      return {static_cast<int64_t>(i), slot};
  }
}

void index_slot(Map *m, uint64_t h, int32_t slot) {
  uint64_t i = h & m->index_mask;
  while (slot_of(m->index[i]) >= 0) i = (i + 1) & m->index_mask;
  m->index[i] = (h & kHashHigh) | static_cast<uint32_t>(slot);
}

// Moves the live entries to new arrays with room for more.
void grow(Map *m, const Layout &l) {
  int64_t capacity = kMinCapacity;  // at most half full once the live entries have moved
  while (capacity < 2 * m->count) capacity *= 2;
  Map old = *m;
  allocate_slots(m, l, capacity);
  for (int64_t s = 0; s < old.used; ++s) {
    if (old.hashes[s] == 0) continue;
    int64_t to = m->used++;
    m->hashes[to] = old.hashes[s];
    std::memcpy(m->keys + to * l.key_size, old.keys + s * l.key_size, l.key_size);
    std::memcpy(m->values + to * l.value_size, old.values + s * l.value_size, l.value_size);
    index_slot(m, old.hashes[s], static_cast<int32_t>(to));
  }
}

}  // namespace

std::vector<std::pair<const char *, const char *>> map_entries(const mg_type *map_type, const Map *m) {
  std::vector<std::pair<const char *, const char *>> entries;
  if (m == nullptr) return entries;
  Layout l = layout(map_type);
  for (int64_t s = 0; s < m->used; ++s)
    if (m->hashes[s] != 0) entries.emplace_back(m->keys + s * l.key_size, m->values + s * l.value_size);
  return entries;
}

}  // namespace mgrt

using mgrt::Map;
using mgrt::MapIter;

extern "C" {

void *minigo_map_make(const mg_type *map_type, int64_t hint) {
  auto *m = static_cast<Map *>(GC_MALLOC(sizeof(Map)));
  m->seed = mgrt::random_u64();
  if (hint > 0) {  // a hint is only a hint: a negative one is ignored, a huge one not believed
    int64_t capacity = mgrt::kMinCapacity;
    while (capacity < hint && capacity < mgrt::kMaxHintedCapacity) capacity *= 2;
    mgrt::allocate_slots(m, mgrt::layout(map_type), capacity);
  }
  return m;
}

int64_t minigo_map_len(void *map) { return map ? static_cast<Map *>(map)->count : 0; }

void *minigo_map_lookup(const mg_type *map_type, void *map, void *key) {
  auto *m = static_cast<Map *>(map);
  mgrt::Layout l = mgrt::layout(map_type);
  if (m == nullptr || m->count == 0) {
    mgrt::check_hashable(l.key, key);
    return nullptr;
  }
  int64_t slot = mgrt::find(l, m, key, mgrt::slot_hash(l, m, key)).slot;
  return slot < 0 ? nullptr : m->values + slot * l.value_size;
}

void *minigo_map_assign(const mg_type *map_type, void *map, void *key) {
  auto *m = static_cast<Map *>(map);
  if (m == nullptr) mgrt::panic_runtime_error("assignment to entry in nil map", &mgrt::type_plain_error);
  mgrt::Layout l = mgrt::layout(map_type);
  uint64_t h = mgrt::slot_hash(l, m, key);
  if (int64_t at = mgrt::find(l, m, key, h).slot; at >= 0) {
    // The key is stored again, as Go does: an equal key may differ (-0 for +0, another string).
    std::memcpy(m->keys + at * l.key_size, key, l.key_size);
    return m->values + at * l.value_size;
  }
  if (m->used == m->capacity) mgrt::grow(m, l);
  int64_t slot = m->used++;
  m->hashes[slot] = h;
  std::memcpy(m->keys + slot * l.key_size, key, l.key_size);
  mgrt::index_slot(m, h, static_cast<int32_t>(slot));
  ++m->count;
  return m->values + slot * l.value_size;
}

void minigo_map_delete(const mg_type *map_type, void *map, void *key) {
  auto *m = static_cast<Map *>(map);
  mgrt::Layout l = mgrt::layout(map_type);
  if (m == nullptr || m->count == 0) {
    mgrt::check_hashable(l.key, key);
    return;
  }
  mgrt::Found found = mgrt::find(l, m, key, mgrt::slot_hash(l, m, key));
  if (found.slot < 0) return;
  int64_t slot = found.slot;
  m->index[found.position] = static_cast<uint32_t>(mgrt::kDeleted);
  m->hashes[slot] = 0;
  // The deleted key and value must not keep what they point to alive.
  std::memset(m->keys + slot * l.key_size, 0, l.key_size);
  std::memset(m->values + slot * l.value_size, 0, l.value_size);
  --m->count;
}

void minigo_map_clear(const mg_type *map_type, void *map) {
  auto *m = static_cast<Map *>(map);
  if (m == nullptr) return;
  ++m->clears;
  m->count = 0;
  // New arrays: an iterator may still be reading the old ones.
  if (m->capacity > 0) mgrt::allocate_slots(m, mgrt::layout(map_type), m->capacity);
}

void *minigo_map_iter_new(const mg_type *map_type, void *map) {
  auto *it = static_cast<MapIter *>(GC_MALLOC(sizeof(MapIter)));
  auto *m = static_cast<Map *>(map);
  it->type = map_type;
  it->map = m;
  if (m == nullptr) return it;
  it->hashes = m->hashes;
  it->keys = m->keys;
  it->values = m->values;
  it->capacity = m->capacity;
  it->clears = m->clears;
  uint64_t r = mgrt::random_u64();
  it->start = r;
  it->stride = (r >> 32) | 1;  // odd: visits every slot of a power-of-two capacity once
  return it;
}

bool minigo_map_iter_next(void *iter, void *key_out, void *value_out) {
  auto *it = static_cast<MapIter *>(iter);
  Map *m = it->map;
  if (m == nullptr) return false;
  mgrt::Layout l = mgrt::layout(it->type);
  while (it->visited < it->capacity) {
    if (m->clears != it->clears) return false;  // clear(m): no entry is left to produce
    uint64_t slot = (it->start + static_cast<uint64_t>(it->visited) * it->stride) & static_cast<uint64_t>(it->capacity - 1);
    ++it->visited;
    if (it->hashes[slot] == 0) continue;  // free, or deleted
    const char *key = it->keys + slot * l.key_size;
    const char *value = it->values + slot * l.value_size;
    if (m->hashes != it->hashes) {
      // The map has grown since: the entry's current state is in its new arrays, if it is still
      // there. A key not equal to itself (NaN) cannot have been updated or deleted.
      if (mgrt::keys_equal(l.key, key, key)) {
        int64_t at = mgrt::find(l, m, key, it->hashes[slot]).slot;
        if (at < 0) continue;  // deleted
        value = m->values + at * l.value_size;
      }
    }
    if (key_out) std::memcpy(key_out, key, l.key_size);
    if (value_out) std::memcpy(value_out, value, l.value_size);
    return true;
  }
  return false;
}

}  // extern "C"
