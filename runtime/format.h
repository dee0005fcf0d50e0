// Go's fmt formatting (Print, Println, Printf) of minigo's interface values.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/minigo_runtime.h"

namespace mgrt {

// fmt.Sprint: spaces between operands when neither side is a string.
void append_print(std::string &out, const mg_any *args, int64_t n);
// fmt.Sprintln: spaces between all operands, and a newline.
void append_println(std::string &out, const mg_any *args, int64_t n);
// fmt.Sprintf. With `wrapped` (fmt.Errorf), %w formats an error operand like %v, and the index
// in args of each %w operand is appended to *wrapped, in the format's order.
void append_printf(std::string &out, std::string_view format, const mg_any *args, int64_t n,
                   std::vector<int64_t> *wrapped = nullptr);

}  // namespace mgrt
