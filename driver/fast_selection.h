// Preparing a module for code generation at -O0, where instruction selection is most of a build.
#pragma once

#include <llvm/IR/Module.h>

namespace minigo {

// Rewrites `module` so that FastISel selects as much of it as it can. FastISel gives a basic
// block up to SelectionDAG (several times slower) from the first instruction, counted from the
// block's end, that it cannot select; it selects neither loads, stores and phis of aggregate
// values (the strings, slices and interfaces the code generator passes around whole) nor an
// invoke. So aggregates in memory are loaded and stored one scalar at a time, and each invoke
// gets a block of its own. The meaning of the module does not change.
void prepareForFastSelection(llvm::Module &module);

}  // namespace minigo
