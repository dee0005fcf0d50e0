// Source lines of code addresses, read from the executable's own DWARF line tables (emitted by
// codegen for Go functions). Used only to print the trace of an uncaught panic.
#pragma once

#include <cstdint>

namespace mgrt {

// The source line of the instruction at `pc`, or 0 when it is not known: code that is not in
// the executable file (the JIT's), or no line table covers it.
unsigned source_line(uintptr_t pc);

}  // namespace mgrt
