// The formats of Go's runtime print (builtin print/println and panic messages).
#pragma once

#include <cstdint>
#include <string>

namespace mgrt {

// "0x0", "0xc000012345".
void append_hex(std::string &out, uint64_t v);

}  // namespace mgrt
