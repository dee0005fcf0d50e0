// The runtime's map table (runtime/maps.h): growth, deletion, key kinds, and iteration with
// Go's guarantees while entries are inserted and deleted.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "runtime/maps.h"
#include "runtime/minigo_runtime.h"
#include "tests/unit/runtime_support.h"

namespace {

using namespace mgtest;

// map[int]int, map[string]int, map[float64]int, map[any]int
const mg_type kIntMap = {MG_MAP, "map[int]int", nullptr, 0, 8, &minigo_type_int, nullptr, 0, 0, 1, &minigo_type_int};
const mg_type kStringMap = {MG_MAP, "map[string]int", nullptr, 0, 8, &minigo_type_int, nullptr, 0, 0, 1, &minigo_type_string};
const mg_type kFloatMap = {MG_MAP, "map[float64]int", nullptr, 0, 8, &minigo_type_int, nullptr, 0, 0, 1, &minigo_type_float64};
const mg_type kAnyType = {MG_INTERFACE, "interface {}", nullptr, 0, 16};
const mg_type kAnyMap = {MG_MAP, "map[interface {}]int", nullptr, 0, 8, &minigo_type_int, nullptr, 0, 0, 1, &kAnyType};
const mg_type kBytes3 = {MG_ARRAY, "[3]uint8", nullptr, 0, 3, &minigo_type_uint8, nullptr, 0, 3};
const mg_type kInt32Bytes3Map = {MG_MAP, "map[int32][3]uint8", nullptr, 0, 8, &kBytes3, nullptr, 0, 0, 1, &minigo_type_int32};
const mg_type kBoolMap = {MG_MAP, "map[bool]int", nullptr, 0, 8, &minigo_type_int, nullptr, 0, 0, 1, &minigo_type_bool};
const mg_type kEmptyStruct = {MG_STRUCT, "struct {}", nullptr, 0, 0};
const mg_type kEmptyMap = {MG_MAP, "map[struct {}]struct {}", nullptr, 0, 8, &kEmptyStruct, nullptr, 0, 0, 1, &kEmptyStruct};
const mg_type kFuncType = {MG_FUNC, "func()", nullptr, 0, 8, nullptr, nullptr, 0, 0, 1};

class RuntimeMaps : public ::testing::Test {
 protected:
  void SetUp() override { minigo_init(0, nullptr); }
};

void put(void *m, int64_t k, int64_t v) { *static_cast<int64_t *>(minigo_map_assign(&kIntMap, m, &k)) = v; }
const int64_t *get(void *m, int64_t k) { return static_cast<const int64_t *>(minigo_map_lookup(&kIntMap, m, &k)); }
void erase(void *m, int64_t k) { minigo_map_delete(&kIntMap, m, &k); }

// Every entry an iteration of m produces, in order; `during` runs after each one.
std::vector<std::pair<int64_t, int64_t>> iterate(void *m, const std::function<void(int64_t)> &during = {}) {
  std::vector<std::pair<int64_t, int64_t>> produced;
  void *it = minigo_map_iter_new(&kIntMap, m);
  int64_t k, v;
  while (minigo_map_iter_next(it, &k, &v)) {
    produced.emplace_back(k, v);
    if (during) during(k);
  }
  return produced;
}

TEST_F(RuntimeMaps, GrowsAndFindsManyKeys) {
  void *m = minigo_map_make(&kIntMap, 0);
  constexpr int64_t n = 200000;
  for (int64_t i = 0; i < n; ++i) put(m, i * 7, i);
  EXPECT_EQ(minigo_map_len(m), n);
  for (int64_t i = 0; i < n; ++i) {
    ASSERT_NE(get(m, i * 7), nullptr);
    EXPECT_EQ(*get(m, i * 7), i);
  }
  EXPECT_EQ(get(m, 1), nullptr);
  put(m, 7, 99);  // an existing key keeps its entry
  EXPECT_EQ(minigo_map_len(m), n);
  EXPECT_EQ(*get(m, 7), 99);
}

TEST_F(RuntimeMaps, DeletesAndReinserts) {
  void *m = minigo_map_make(&kIntMap, 10);
  for (int64_t round = 0; round < 50; ++round) {  // deleted slots are reclaimed when the table grows
    for (int64_t i = 0; i < 1000; ++i) put(m, i, i + round);
    for (int64_t i = 0; i < 1000; i += 2) erase(m, i);
    EXPECT_EQ(minigo_map_len(m), 500);
    EXPECT_EQ(get(m, 4), nullptr);
    EXPECT_EQ(*get(m, 5), 5 + round);
  }
  erase(m, 12345);  // absent: nothing happens
  EXPECT_EQ(minigo_map_len(m), 500);
  minigo_map_clear(&kIntMap, m);
  EXPECT_EQ(minigo_map_len(m), 0);
  EXPECT_EQ(get(m, 5), nullptr);
}

TEST_F(RuntimeMaps, NilMap) {
  EXPECT_EQ(minigo_map_len(nullptr), 0);
  EXPECT_EQ(get(nullptr, 1), nullptr);
  erase(nullptr, 1);
  minigo_map_clear(&kIntMap, nullptr);
  EXPECT_TRUE(iterate(nullptr).empty());
  EXPECT_EQ(panic_message([] { put(nullptr, 1, 1); }), "panic: assignment to entry in nil map");
  EXPECT_EQ(minigo_map_len(minigo_map_make(&kIntMap, -1)), 0);  // a negative hint is ignored
}

TEST_F(RuntimeMaps, StringKeysWithALongCommonPrefix) {
  void *m = minigo_map_make(&kStringMap, 0);
  std::string prefix(200, 'x');
  std::vector<std::string> keys;
  for (int i = 0; i < 20000; ++i) keys.push_back(prefix + std::to_string(i));
  for (size_t i = 0; i < keys.size(); ++i) {
    mg_string k{keys[i].data(), int64_t(keys[i].size())};
    *static_cast<int64_t *>(minigo_map_assign(&kStringMap, m, &k)) = int64_t(i);
  }
  EXPECT_EQ(minigo_map_len(m), 20000);
  std::string copy = prefix + "777";  // equal bytes elsewhere in memory
  mg_string k{copy.data(), int64_t(copy.size())};
  EXPECT_EQ(*static_cast<int64_t *>(minigo_map_lookup(&kStringMap, m, &k)), 777);
}

TEST_F(RuntimeMaps, FloatKeysZeroAndNaN) {
  void *m = minigo_map_make(&kFloatMap, 0);
  double plus = 0.0, minus = -0.0, nan = std::nan("");
  *static_cast<int64_t *>(minigo_map_assign(&kFloatMap, m, &plus)) = 1;
  *static_cast<int64_t *>(minigo_map_assign(&kFloatMap, m, &minus)) = 2;
  EXPECT_EQ(minigo_map_len(m), 1);  // +0 == -0
  EXPECT_EQ(*static_cast<int64_t *>(minigo_map_lookup(&kFloatMap, m, &plus)), 2);
  for (int i = 0; i < 100; ++i) minigo_map_assign(&kFloatMap, m, &nan);  // each NaN is a new entry
  EXPECT_EQ(minigo_map_len(m), 101);
  EXPECT_EQ(minigo_map_lookup(&kFloatMap, m, &nan), nullptr);
  minigo_map_delete(&kFloatMap, m, &nan);  // deletes nothing
  EXPECT_EQ(minigo_map_len(m), 101);
}

TEST_F(RuntimeMaps, InterfaceKeysByDynamicType) {
  void *m = minigo_map_make(&kAnyMap, 0);
  mg_any one = I(1), one64 = {&minigo_type_int64, reinterpret_cast<void *>(1)}, s = S("1"), nil = N();
  for (mg_any *k : {&one, &one64, &s, &nil}) *static_cast<int64_t *>(minigo_map_assign(&kAnyMap, m, k)) = 1;
  EXPECT_EQ(minigo_map_len(m), 4);
  mg_any sameString = S("1");
  EXPECT_NE(minigo_map_lookup(&kAnyMap, m, &sameString), nullptr);
  mg_any f = {&kFuncType, nullptr};
  EXPECT_EQ(panic_message([&] { minigo_map_assign(&kAnyMap, m, &f); }),
            "panic: runtime error: hash of unhashable type func()");
  // A nil or empty map only checks the key, with Go's other message.
  EXPECT_EQ(panic_message([&] { minigo_map_lookup(&kAnyMap, nullptr, &f); }), "panic: hash of unhashable type: func()");
}

TEST_F(RuntimeMaps, IterationProducesEachEntryOnceInARandomOrder) {
  void *m = minigo_map_make(&kIntMap, 0);
  for (int64_t i = 0; i < 100; ++i) put(m, i, i * i);
  auto first = iterate(m);
  ASSERT_EQ(first.size(), 100u);
  std::set<int64_t> keys;
  for (auto [k, v] : first) {
    EXPECT_TRUE(keys.insert(k).second);
    EXPECT_EQ(v, k * k);
  }
  bool differs = false;
  for (int i = 0; i < 10 && !differs; ++i) differs = iterate(m) != first;
  EXPECT_TRUE(differs);
}

TEST_F(RuntimeMaps, DeletionDuringIteration) {
  void *m = minigo_map_make(&kIntMap, 0);
  for (int64_t i = 0; i < 1000; ++i) put(m, i, i);
  // Each step deletes an entry not yet produced: it must not be produced later.
  std::set<int64_t> deleted, produced;
  auto entries = iterate(m, [&](int64_t k) {
    produced.insert(k);
    int64_t victim = (k * 37 + 11) % 1000;
    if (!produced.count(victim) && !deleted.count(victim)) {
      erase(m, victim);
      deleted.insert(victim);
    }
  });
  for (auto [k, v] : entries) EXPECT_FALSE(deleted.count(k)) << k;
  EXPECT_EQ(produced.size(), entries.size());  // none twice
  EXPECT_EQ(produced.size() + deleted.size(), 1000u);  // every surviving entry was produced
}

TEST_F(RuntimeMaps, InsertionAndGrowthDuringIteration) {
  void *m = minigo_map_make(&kIntMap, 0);
  for (int64_t i = 0; i < 100; ++i) put(m, i, i);
  std::set<int64_t> produced, deleted;
  int64_t next = 1000;
  auto entries = iterate(m, [&](int64_t k) {
    produced.insert(k);
    for (int j = 0; j < 50; ++j) put(m, next++, 0);  // the table grows many times
    int64_t victim = 99 - k;                          // deleted after growth, before being reached
    if (k < 100 && !produced.count(victim) && !deleted.count(victim)) {
      erase(m, victim);
      deleted.insert(victim);
    }
    int64_t updated = (k + 1) % 100;  // an update is seen when the entry is produced later
    if (k < 100 && !produced.count(updated) && !deleted.count(updated)) put(m, updated, -updated - 1);
  });
  EXPECT_EQ(produced.size(), entries.size());  // none twice
  for (auto [k, v] : entries) {
    EXPECT_FALSE(deleted.count(k)) << k;
    if (k < 100 && v != k) EXPECT_EQ(v, -k - 1);
  }
  for (int64_t i = 0; i < 100; ++i) EXPECT_EQ(produced.count(i), deleted.count(i) ? 0u : 1u) << i;
  EXPECT_GT(minigo_map_len(m), 2000);  // it grew from 100 entries
}

TEST_F(RuntimeMaps, ClearStopsIteration) {
  void *m = minigo_map_make(&kIntMap, 0);
  for (int64_t i = 0; i < 100; ++i) put(m, i, i);
  int steps = 0;
  iterate(m, [&](int64_t) {
    if (++steps == 10) minigo_map_clear(&kIntMap, m);
  });
  EXPECT_EQ(steps, 10);
}

// Keys of 4 bytes and values of 3 (a slot of 8 bytes): each value is copied out with its own size.
TEST_F(RuntimeMaps, SmallKeysAndOddSizedValues) {
  void *m = minigo_map_make(&kInt32Bytes3Map, 0);
  for (int32_t i = -500; i < 500; ++i) {
    auto *v = static_cast<uint8_t *>(minigo_map_assign(&kInt32Bytes3Map, m, &i));
    v[0] = uint8_t(i), v[1] = uint8_t(i >> 8), v[2] = 7;
  }
  EXPECT_EQ(minigo_map_len(m), 1000);
  void *it = minigo_map_iter_new(&kInt32Bytes3Map, m);
  int32_t k;
  uint8_t v[4] = {0, 0, 0, 0xee};
  int produced = 0;
  while (minigo_map_iter_next(it, &k, v)) {
    ++produced;
    EXPECT_EQ(v[0], uint8_t(k));
    EXPECT_EQ(v[1], uint8_t(k >> 8));
    EXPECT_EQ(v[2], 7);
    EXPECT_EQ(v[3], 0xee);  // past the value: untouched
  }
  EXPECT_EQ(produced, 1000);
  void *b = minigo_map_make(&kBoolMap, 0);
  for (bool key : {true, false, true}) *static_cast<int64_t *>(minigo_map_assign(&kBoolMap, b, &key)) += 1;
  bool t = true;
  EXPECT_EQ(minigo_map_len(b), 2);
  EXPECT_EQ(*static_cast<int64_t *>(minigo_map_lookup(&kBoolMap, b, &t)), 2);
}

// Every length of string key is hashed by all its bytes: keys that differ in one byte only,
// anywhere, are different keys.
TEST_F(RuntimeMaps, StringKeysOfEveryLength) {
  void *m = minigo_map_make(&kStringMap, 0);
  std::vector<std::string> keys;
  for (size_t n = 0; n <= 70; ++n) {
    keys.push_back(std::string(n, 'a'));
    for (size_t at = 0; at < n; ++at) {
      keys.push_back(std::string(n, 'a'));
      keys.back()[at] = 'b';
    }
  }
  for (size_t i = 0; i < keys.size(); ++i) {
    mg_string k{keys[i].data(), int64_t(keys[i].size())};
    *static_cast<int64_t *>(minigo_map_assign(&kStringMap, m, &k)) = int64_t(i);
  }
  EXPECT_EQ(minigo_map_len(m), int64_t(keys.size()));
  for (size_t i = 0; i < keys.size(); ++i) {
    std::string copy = keys[i];
    mg_string k{copy.data(), int64_t(copy.size())};
    auto *v = static_cast<int64_t *>(minigo_map_lookup(&kStringMap, m, &k));
    ASSERT_NE(v, nullptr) << keys[i];
    EXPECT_EQ(*v, int64_t(i));
  }
}

// A map whose size stays the same while its keys change reuses its deleted slots (or rebuilds
// at the same size): it does not grow without bound.
TEST_F(RuntimeMaps, ChurnDoesNotGrowTheTable) {
  void *m = minigo_map_make(&kIntMap, 0);
  for (int64_t i = 0; i < 100; ++i) put(m, i, i);
  for (int64_t i = 100; i < 100000; ++i) {
    put(m, i, i);
    erase(m, i - 100);
  }
  EXPECT_EQ(minigo_map_len(m), 100);
  EXPECT_LE(static_cast<mgrt::Map *>(m)->group_mask + 1, 64u);  // 512 slots
  for (int64_t i = 99900; i < 100000; ++i) EXPECT_EQ(*get(m, i), i);
  EXPECT_EQ(get(m, 5), nullptr);
}

// fmt reads a map's entries in place: a clear (by a String method, say) must leave them readable.
TEST_F(RuntimeMaps, EntriesStayReadableAfterClear) {
  void *m = minigo_map_make(&kIntMap, 0);
  for (int64_t i = 0; i < 10; ++i) put(m, i, i * 10);
  auto entries = mgrt::map_entries(static_cast<mgrt::Map *>(m));
  ASSERT_EQ(entries.size(), 10u);
  minigo_map_clear(&kIntMap, m);
  EXPECT_EQ(minigo_map_len(m), 0);
  for (auto [k, v] : entries) EXPECT_EQ(*reinterpret_cast<const int64_t *>(v), *reinterpret_cast<const int64_t *>(k) * 10);
  put(m, 3, 1);
  EXPECT_EQ(*get(m, 3), 1);
}

TEST_F(RuntimeMaps, ZeroSizedKeysAndValues) {
  void *m = minigo_map_make(&kEmptyMap, 0);
  char key = 0;
  EXPECT_NE(minigo_map_assign(&kEmptyMap, m, &key), nullptr);
  EXPECT_NE(minigo_map_assign(&kEmptyMap, m, &key), nullptr);
  EXPECT_EQ(minigo_map_len(m), 1);
  EXPECT_NE(minigo_map_lookup(&kEmptyMap, m, &key), nullptr);
  minigo_map_delete(&kEmptyMap, m, &key);
  EXPECT_EQ(minigo_map_len(m), 0);
  EXPECT_EQ(minigo_map_lookup(&kEmptyMap, m, &key), nullptr);
}

}  // namespace
