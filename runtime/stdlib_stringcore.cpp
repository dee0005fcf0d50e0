// The runtime functions of package internal/stringcore (stdlib/internal/stringcore): Unicode case
// mapping of non-ASCII runes, from the generated table in unicode_case.cpp.
#include <cstdint>

#include "runtime/unicode_case.h"

extern "C" int32_t minigo_internal_stringcore_upperOf(void *, int32_t r) { return mgrt::to_upper(r); }

extern "C" int32_t minigo_internal_stringcore_lowerOf(void *, int32_t r) { return mgrt::to_lower(r); }

extern "C" int32_t minigo_internal_stringcore_simpleFold(void *, int32_t r) { return mgrt::simple_fold(r); }
