// Splitting a module into parts that threads optimize and generate code for at the same time.
#pragma once

#include <llvm/IR/Module.h>

#include <cstdint>
#include <vector>

namespace minigo {

// Where each definition of a module goes, by its position in the module: its functions, then
// its global variables, in the module's order (which the module's bitcode keeps, so that a
// copy read back in another context agrees).
struct ModuleParts {
  unsigned count = 1;
  std::vector<unsigned> partOf;     // the part that defines it
  std::vector<uint64_t> importedBy;  // a small function: the other parts that get a copy to inline
};

// Divides `module` into `count` parts of about equal instruction counts, each a run of the
// module's functions (neighbours in the source call each other most). When the parts are to be
// `optimized`, a part that calls another part's small function gets a copy of it for the
// inliner; otherwise part 0 is slightly larger (it is not read back from bitcode). A symbol
// internal to the module stays internal where only its own part uses it; one used across parts
// becomes a hidden global, so that the parts' objects link together.
ModuleParts divideModule(llvm::Module &module, unsigned count, bool optimized);

// Leaves in `module` (the whole module, or a copy of it) part `part`'s definitions, the copies
// imported into it as available_externally, and declarations of the rest. With `deleteOthers`
// false, the other parts' definitions stay as available_externally instead: code generation
// skips them, so that is cheaper than deleting them when nothing else will look at them.
void keepPart(llvm::Module &module, const ModuleParts &parts, unsigned part, bool deleteOthers);

}  // namespace minigo
