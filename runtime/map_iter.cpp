// `range` over a map: an iterator over the groups the map had when it started (maps.h says how
// Go's promises are kept while the map changes).
#include <gc/gc.h>

#include <cstring>

#include "runtime/map_table.h"
#include "runtime/maps.h"

using mgrt::Map;
using mgrt::MapIter;
using namespace mgrt::table;

extern "C" {

void *minigo_map_iter_new(const mg_type *, void *map) {
  auto *it = static_cast<MapIter *>(GC_MALLOC(sizeof(MapIter)));
  auto *m = static_cast<Map *>(map);
  it->map = m;
  if (m == nullptr || m->count == 0) return it;  // produces nothing (entries added later may be skipped)
  m->shared = true;
  it->groups = m->groups;
  it->group_mask = m->group_mask;
  it->clears = m->clears;
  uint64_t r = mgrt::random_u64();
  it->start_group = r & m->group_mask;
  it->start_slot = r >> 61;
  return it;
}

bool minigo_map_iter_next(void *iter, void *key_out, void *value_out) {
  auto *it = static_cast<MapIter *>(iter);
  Map *m = it->map;
  if (it->groups == nullptr) return false;
  uint64_t slots = (it->group_mask + 1) * kGroupSlots;
  while (it->visited < slots) {
    if (m->clears != it->clears) return false;  // clear(m): no entry is left to produce
    uint64_t k = it->visited++;
    char *group = it->groups + ((it->start_group + k / kGroupSlots) & it->group_mask) * m->group_size;
    Slot slot{group, static_cast<unsigned>((it->start_slot + k) % kGroupSlots)};
    if (!(slot.control() & kFull)) continue;  // empty, or deleted
    const char *key = slot.key(m);
    const char *value = slot.value(m);
    if (m->groups != it->groups) {
      // The map has moved to new groups since: the entry's current state is there, if it is
      // still in the map. A key not equal to itself (NaN) cannot have been updated or deleted.
      bool deleted = with_key_class(m, [&](auto kc) {
        using K = decltype(kc);
        if (!K::equal(m, key, key)) return false;
        Slot now = find<K>(m, key, K::hash(m, key));
        if (now) value = now.value(m);
        return !now;
      });
      if (deleted) continue;
    }
    size_t key_size = static_cast<size_t>(m->type->key->size);
    if (key_out) std::memcpy(key_out, key, key_size);
    if (value_out) std::memcpy(value_out, value, static_cast<size_t>(m->type->elem->size));
    return true;
  }
  return false;
}

}  // extern "C"
