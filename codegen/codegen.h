// Phase 3: typed AST -> LLVM IR.
#pragma once

#include "frontend/ast_package.h"

#include <llvm/IR/DataLayout.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/Support/SourceMgr.h>
#include <llvm/Target/TargetMachine.h>

#include <memory>

namespace minigo {

// Lowers a checked program to a module whose `main` function is the C entry point of the program.
// The module always passes the LLVM verifier. `target` supplies the data layout and triple
// (object sizes of heap cells and closures depend on it). `sources` holds the buffer the AST's
// positions point into: the module carries line tables (DWARF) for tracebacks, and with
// `fullDebugInfo` (-g) what a debugger needs: variables, parameters and types.
std::unique_ptr<llvm::Module> generateModule(const ast::Program &program, llvm::LLVMContext &context,
                                             llvm::StringRef sourceName, llvm::TargetMachine &target,
                                             const llvm::SourceMgr &sources, bool fullDebugInfo = false);

// Runs LLVM's standard -O0..-O3 pipeline on the module.
void optimizeModule(llvm::Module &module, int optLevel, llvm::TargetMachine &target);

}  // namespace minigo
