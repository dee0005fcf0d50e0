// Garbage-collected copies of C++ strings, for values handed back to compiled code.
#pragma once

#include <string_view>

#include "runtime/minigo_runtime.h"

namespace mgrt {

mg_string gc_string(std::string_view text);
// A GC-allocated mg_string holding a copy of text: the data word of string and error interfaces.
mg_string *gc_boxed_string(std::string_view text);

inline std::string_view view(const mg_string &s) { return {s.ptr, static_cast<size_t>(s.len)}; }

}  // namespace mgrt
