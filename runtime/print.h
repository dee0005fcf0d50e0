// The formats of Go's runtime print (builtin print/println and panic messages).
#pragma once

#include <cstdint>
#include <string>

namespace mgrt {

// Go's runtime printfloat: "+1.500000e+000", "+Inf", "-Inf", "NaN".
void append_runtime_float(std::string &out, double v);
// "0x0", "0xc000012345".
void append_hex(std::string &out, uint64_t v);

}  // namespace mgrt
