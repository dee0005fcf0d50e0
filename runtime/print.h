// The formats of Go's runtime print (builtin print/println and panic messages).
#pragma once

#include <cstdint>
#include <string>

namespace mgrt {

// Go's runtime printfloat (Go 1.26): "1.5", "1e+21", "-0", "+Inf", "-Inf", "NaN".
void append_runtime_float(std::string &out, double v);
// "0x0", "0xc000012345".
void append_hex(std::string &out, uint64_t v);

}  // namespace mgrt
