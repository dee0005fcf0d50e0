// Source lines for JIT'd code: JIT'd functions are in no file whose line tables the runtime could
// read, so the driver reads the DWARF line table of the object ORC is about to link and gives the
// runtime (function, offset, line) rows.
#pragma once

#include <llvm/Support/MemoryBuffer.h>

namespace minigo {

// Reads the line table of a relocatable object and registers it with the runtime. Objects
// without line tables are left alone.
void registerSourceLines(const llvm::MemoryBuffer &object);

}  // namespace minigo
