// The compiler pipeline shared by every mode: source -> AST -> checked AST -> LLVM module.
#pragma once

#include <llvm/ADT/SmallVector.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/Target/TargetMachine.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace minigo {

// Registers the host's target with LLVM (once is enough; more is harmless).
void initializeHostTarget();

// The host's target triple for the generic CPU, with position-independent code (executables are PIE).
std::unique_ptr<llvm::TargetMachine> createHostTargetMachine(int optLevel);

// A module compiled for the host, with what it was compiled with.
struct Compilation {
  std::unique_ptr<llvm::TargetMachine> target;
  std::unique_ptr<llvm::LLVMContext> context;
  std::unique_ptr<llvm::Module> module;  // null when the program had errors (already reported)
  std::map<std::string, std::string> filesRead, dirsListed;  // what it was made from (ast::Program's)
};

// Compiles the main package named by `inputs` (its .go files, or its directory) and every
// package it imports to one optimized, verified module; with `debugInfo`, one that describes
// its variables and types to debuggers.
Compilation compileProgram(const std::vector<std::string> &inputs, int optLevel, bool debugInfo);

// The module as an object file for the target.
llvm::SmallVector<char, 0> emitObject(llvm::Module &module, llvm::TargetMachine &target);

// A program's object code: one object, or one per compilation thread for a large program.
using ObjectFiles = std::vector<std::unique_ptr<llvm::MemoryBuffer>>;

// compileProgram's module as object files for the host, what `minigo build` links and `minigo
// run` loads, from the compile cache when nothing the program is made from has changed (and
// stored there when it had to be compiled). `threads` is how many to generate code on: 0 for
// one per core when the program is large enough to gain from it. Empty when the program had
// errors (reported).
// `memory` says what becomes of the compiler's modules once the objects are made.
enum class CompilerMemory {
  Free,         // `run`: the program runs in this process next
  LeaveToExit,  // `build`: the process exits after linking, and freeing a large module's
                // millions of objects one by one would take a twentieth of an -O0 build
};
ObjectFiles compileToObjects(const std::vector<std::string> &inputs, int optLevel, bool debugInfo, unsigned threads,
                             CompilerMemory memory);

}  // namespace minigo
