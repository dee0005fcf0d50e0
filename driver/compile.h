// The compiler pipeline shared by every mode: source -> AST -> checked AST -> LLVM module.
#pragma once

#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/Target/TargetMachine.h>

#include <memory>
#include <string>

namespace minigo {

// The host target, configured for position-independent code (executables are PIE).
std::unique_ptr<llvm::TargetMachine> createHostTargetMachine(int optLevel);

// Compiles `path` to an optimized, verified module. On errors, the diagnostics have been
// printed and the result is null.
std::unique_ptr<llvm::Module> compileFile(const std::string &path, int optLevel, llvm::LLVMContext &context,
                                          llvm::TargetMachine &target);

}  // namespace minigo
