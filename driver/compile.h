// The compiler pipeline shared by every mode: source -> AST -> checked AST -> LLVM module.
#pragma once

#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/Target/TargetMachine.h>

#include <memory>
#include <string>

namespace minigo {

// The host's target triple for the generic CPU, with position-independent code (executables are PIE).
std::unique_ptr<llvm::TargetMachine> createHostTargetMachine(int optLevel);

// A module compiled for the host, with what it was compiled with.
struct Compilation {
  std::unique_ptr<llvm::TargetMachine> target;
  std::unique_ptr<llvm::LLVMContext> context;
  std::unique_ptr<llvm::Module> module;  // null when the file had errors (already reported)
};

// Compiles `path` to an optimized, verified module; with `debugInfo`, one that describes its
// variables and types to debuggers.
Compilation compileFile(const std::string &path, int optLevel, bool debugInfo);

}  // namespace minigo
