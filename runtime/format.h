// Go's fmt formatting (Print, Println, Printf) of minigo's interface values.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/minigo_runtime.h"

namespace mgrt {

// fmt.Sprint: spaces between operands when neither side is a string.
void append_print(std::string &out, const mg_any *args, int64_t n);
// fmt.Sprintln: spaces between all operands, and a newline.
void append_println(std::string &out, const mg_any *args, int64_t n);
// fmt.Sprintf. With allow_wrap (fmt.Errorf), %w formats an error operand like %v; the result
// is how many %w operands it wrapped, and *wrapped_error (when given) the last of them as an
// error (nil when it is not one).
int append_printf(std::string &out, std::string_view format, const mg_any *args, int64_t n,
                  bool allow_wrap = false, mg_any *wrapped_error = nullptr);

}  // namespace mgrt
