// Traceback tables read from the DWARF of a compiled object: for JIT'd code, the source line of
// each address (the runtime cannot read JIT'd code's line table itself), and in both modes the
// calls the optimizer inlined, so that a trace shows the Go frames they stand for.
#pragma once

#include "runtime/minigo_runtime.h"

#include <llvm/Support/MemoryBuffer.h>

#include <deque>
#include <string>
#include <vector>

namespace minigo {

struct DebugTables {
  std::deque<std::string> names;  // the rows' function names point into this
  std::vector<mg_source_line> lines;
  std::vector<mg_inlined_call> inlinedCalls;
};

// Adds the rows of a relocatable object (none for an object without DWARF) to `tables`: the
// tables of a program generated as several objects are read one object after another.
void readDebugTables(const llvm::MemoryBuffer &object, DebugTables &tables);

// Gives both tables to the runtime of this process (JIT'd code). They must outlive the program.
void registerDebugTables(const DebugTables &tables);

}  // namespace minigo
