// Numbers in interface values: reading them back whatever their size (see mg_any's data word),
// and the runtime's own formats for them (print, println and panic messages).
#pragma once

#include <cstdint>
#include <string>

#include "runtime/minigo_runtime.h"

namespace mgrt {

bool is_number(const mg_type *t);  // MG_INT, MG_UINT, MG_FLOAT, MG_COMPLEX
int64_t int_value(const mg_any &v);    // MG_INT (any size)
uint64_t uint_value(const mg_any &v);  // MG_UINT (any size)
double float_value(const mg_any &v);   // MG_FLOAT: a float32 widened
int float_bits(const mg_type *t);      // 32 for float32 and complex64, else 64
struct ComplexParts {
  double re, im;
};
ComplexParts complex_value(const mg_any &v);  // MG_COMPLEX: complex64 parts widened

// A number at `addr` in memory (a field, an element), boxed as an interface holds it.
mg_any load_number(const mg_type *t, const void *addr);
bool numbers_equal(const mg_any &x, const mg_any &y);  // of one type: NaN != NaN, 0 == -0

// Go's runtime printing: -5, 18446744073709551615, 1.5, 0.1 (float32 shortest), (1+2i).
void append_runtime_number(std::string &out, const mg_any &v);

}  // namespace mgrt
