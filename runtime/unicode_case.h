// Unicode case mapping for the standard library's runtime functions (unicode_case.cpp, generated
// by scripts/gen_unicode_case.go): Go's unicode.ToUpper, ToLower and SimpleFold of a valid rune.
#pragma once

namespace mgrt {

char32_t to_upper(char32_t r);
char32_t to_lower(char32_t r);
// The next rune after r, in rune order and wrapping around, that equals r under simple case
// folding; r itself when it has no other case.
char32_t simple_fold(char32_t r);

}  // namespace mgrt
