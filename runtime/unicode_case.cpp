// unicode.ToUpper, ToLower and SimpleFold, for strings and bytes, over the tables that
// scripts/gen_unicode_case.go generates (unicode_case_tables.inc).
#include <algorithm>
#include <cstdint>
#include <iterator>
#include <utility>

#include "runtime/unicode_case.h"

namespace mgrt {

namespace {

// Runes first..last map to rune+upper and rune+lower; in an alternating range, the runes at an
// even distance from first are upper case with their lower case right after them.
struct CaseRange {
  char32_t first, last;
  int32_t upper, lower;
  bool alternating;
};

// The runes whose simple fold is not their other case, and their fold.
struct Fold {
  char32_t rune, fold;
};

#include "runtime/unicode_case_tables.inc"

// The deltas of r: {upper, lower}.
std::pair<int32_t, int32_t> deltas(char32_t r) {
  auto range = std::lower_bound(std::begin(kCaseRanges), std::end(kCaseRanges), r,
                                [](const CaseRange &c, char32_t rune) { return c.last < rune; });
  if (range == std::end(kCaseRanges) || r < range->first) return {0, 0};
  if (!range->alternating) return {range->upper, range->lower};
  return (r - range->first) % 2 == 0 ? std::pair<int32_t, int32_t>{0, 1} : std::pair<int32_t, int32_t>{-1, 0};
}

}  // namespace

char32_t to_upper(char32_t r) { return r + deltas(r).first; }

char32_t to_lower(char32_t r) { return r + deltas(r).second; }

char32_t simple_fold(char32_t r) {
  auto exception = std::lower_bound(std::begin(kFoldExceptions), std::end(kFoldExceptions), r,
                                    [](const Fold &f, char32_t rune) { return f.rune < rune; });
  if (exception != std::end(kFoldExceptions) && exception->rune == r) return exception->fold;
  auto [upper, lower] = deltas(r);
  return lower != 0 ? r + lower : r + upper;
}

}  // namespace mgrt
