// Phase 3: typed AST -> LLVM IR.
#pragma once

#include "frontend/ast.h"

#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>

#include <memory>

namespace minigo {

// Lowers a checked file to a module whose `main` function is the C entry point of the program.
// The module always passes the LLVM verifier.
std::unique_ptr<llvm::Module> generateModule(const ast::File &file, llvm::LLVMContext &context,
                                             llvm::StringRef sourceName);

// Runs the standard -O0..-O3 pipeline on the module.
void optimizeModule(llvm::Module &module, int optLevel);

}  // namespace minigo
