// The slice runtime: Go's growth capacities, make's and the bounds errors' texts, and fmt.
#include "tests/unit/runtime_support.h"

#include <cstring>

using namespace mgtest;

namespace {

// The capacities a []T of elements of `size` bytes goes through when appended to one element at
// a time, up to `n` elements.
std::vector<int64_t> growth(int64_t size, bool no_pointers, int64_t n) {
  mg_slice s{nullptr, 0, 0};
  std::vector<int64_t> caps;
  for (int64_t len = 1; len <= n; ++len) {
    if (len > s.cap) {
      minigo_grow_slice(&s, len, size, no_pointers);
      caps.push_back(s.cap);
    }
    s.len = len;
  }
  return caps;
}

}  // namespace

// The capacities gc's heap-allocated slices go through (recorded from go1.26).
TEST(RuntimeSlices, GrowthMatchesGo) {
  EXPECT_EQ(growth(8, true, 20000), (std::vector<int64_t>{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560,
                                                          3408, 5120, 7168, 9216, 12288, 16384, 21504}));
  EXPECT_EQ(growth(1, true, 3000), (std::vector<int64_t>{8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072}));
  // Pointers: from 512 bytes on, a size class holds an 8-byte header too.
  EXPECT_EQ(growth(8, false, 5000),
            (std::vector<int64_t>{1, 2, 4, 8, 16, 32, 64, 143, 287, 607, 1023, 1535, 2303, 3071, 4095, 6144}));
  EXPECT_EQ(growth(12, true, 1000), (std::vector<int64_t>{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365}));
}

TEST(RuntimeSlices, GrowKeepsTheElementsAndZeroesTheRest) {
  auto *three = static_cast<int64_t *>(minigo_make_slice(3, 3, 8, true));
  three[0] = 7, three[1] = 8, three[2] = 9;
  mg_slice s{three, 3, 3};
  minigo_grow_slice(&s, 4, 8, true);
  ASSERT_EQ(s.cap, 6);
  auto *grown = static_cast<int64_t *>(s.ptr);
  EXPECT_EQ(std::vector<int64_t>(grown, grown + 6), (std::vector<int64_t>{7, 8, 9, 0, 0, 0}));
  mg_slice empty{nullptr, 0, 0};
  minigo_grow_slice(&empty, 5, 0, true);  // elements of no size: only the capacity grows
  EXPECT_NE(empty.ptr, nullptr);
  EXPECT_EQ(empty.cap, 5);
  EXPECT_NE(minigo_make_slice(0, 0, 8, true), nullptr);  // empty, but not nil
}

TEST(RuntimeSlices, ErrorsMatchGo) {
  EXPECT_EQ(uncaught_report([] { minigo_make_slice(-1, 5, 8, true); }),
            "panic: runtime error: makeslice: len out of range\n");
  EXPECT_EQ(uncaught_report([] { minigo_make_slice(5, 2, 8, true); }),
            "panic: runtime error: makeslice: cap out of range\n");
  EXPECT_EQ(uncaught_report([] { minigo_make_slice(int64_t{1} << 62, int64_t{1} << 62, 8, true); }),
            "panic: runtime error: makeslice: len out of range\n");
  auto bounds = [](int64_t x, bool xUnsigned, int64_t y, int code) {
    return uncaught_report([&] { minigo_panic_bounds(x, xUnsigned, y, code); });
  };
  EXPECT_EQ(bounds(5, false, 3, MG_BOUNDS_INDEX), "panic: runtime error: index out of range [5] with length 3\n");
  EXPECT_EQ(bounds(-1, false, 3, MG_BOUNDS_INDEX), "panic: runtime error: index out of range [-1]\n");
  EXPECT_EQ(bounds(-1, true, 3, MG_BOUNDS_INDEX),
            "panic: runtime error: index out of range [18446744073709551615] with length 3\n");
  EXPECT_EQ(bounds(6, false, 5, MG_BOUNDS_SLICE_ACAP), "panic: runtime error: slice bounds out of range [:6] with capacity 5\n");
  EXPECT_EQ(bounds(6, false, 4, MG_BOUNDS_SLICE_ALEN), "panic: runtime error: slice bounds out of range [:6] with length 4\n");
  EXPECT_EQ(bounds(-1, false, 5, MG_BOUNDS_SLICE_ACAP), "panic: runtime error: slice bounds out of range [:-1]\n");
  EXPECT_EQ(bounds(2, false, 1, MG_BOUNDS_SLICE_B), "panic: runtime error: slice bounds out of range [2:1]\n");
  EXPECT_EQ(bounds(-1, false, 1, MG_BOUNDS_SLICE_B), "panic: runtime error: slice bounds out of range [-1:]\n");
  EXPECT_EQ(bounds(6, false, 5, MG_BOUNDS_SLICE3_ACAP), "panic: runtime error: slice bounds out of range [::6] with capacity 5\n");
  EXPECT_EQ(bounds(2, false, 1, MG_BOUNDS_SLICE3_B), "panic: runtime error: slice bounds out of range [:2:1]\n");
  EXPECT_EQ(bounds(2, false, 1, MG_BOUNDS_SLICE3_C), "panic: runtime error: slice bounds out of range [2:1:]\n");
  EXPECT_EQ(bounds(-1, false, 1, MG_BOUNDS_SLICE3_C), "panic: runtime error: slice bounds out of range [-1::]\n");
  EXPECT_EQ(bounds(3, false, 4, MG_BOUNDS_CONVERT),
            "panic: runtime error: cannot convert slice with length 3 to array or pointer to array with length 4\n");
}

TEST(RuntimeSlices, Fmt) {
  static const mg_type int_slice = {MG_SLICE, "[]int", nullptr, 0, 24, &minigo_type_int};
  static const mg_type byte_slice = {MG_SLICE, "[]uint8", nullptr, 0, 24, &minigo_type_uint8};
  int64_t ints[] = {1, -2, 3};
  mg_slice s{ints, 3, 3}, nil{nullptr, 0, 0};
  char bytes[] = "Hi\n";
  mg_slice b{bytes, 3, 3};
  EXPECT_EQ(run({'f', "%v %d %#v %#v %v", {{&int_slice, &s}, {&int_slice, &s}, {&int_slice, &s}, {&int_slice, &nil}, {&int_slice, &nil}}}),
            "[1 -2 3] [1 -2 3] []int{1, -2, 3} []int(nil) []");
  EXPECT_EQ(run({'f', "%s|%q|%x|% X|%v|%#v|%T", {{&byte_slice, &b}, {&byte_slice, &b}, {&byte_slice, &b}, {&byte_slice, &b}, {&byte_slice, &b}, {&byte_slice, &b}, {&byte_slice, &b}}}),
            "Hi\n|\"Hi\\n\"|48690a|48 69 0A|[72 105 10]|[]byte{0x48, 0x69, 0xa}|[]uint8");
}
