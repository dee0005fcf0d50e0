// Source lines of code addresses, read from the executable's own DWARF line tables (emitted by
// codegen for Go functions). Used only to print the trace of an uncaught panic.
#pragma once

#include <cstdint>
#include <vector>

#include "runtime/minigo_runtime.h"

namespace mgrt {

// The source line of the instruction at `pc` in the Go function `function` that starts at
// `functionStart`, or 0 when no line table covers it. Code in the executable file is looked up
// in its .debug_line; JIT'd code in the rows the driver registered.
unsigned source_line(uintptr_t pc, const char *function, uintptr_t functionStart);

// The calls inlined at `offset` in `function` that the driver registered, outermost first.
std::vector<const mg_inlined_call *> inlined_calls(const char *function, uint64_t offset);

}  // namespace mgrt
