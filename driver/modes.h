// The three ways to use minigo. Each returns the process exit status.
#pragma once

#include <string>
#include <vector>

namespace minigo {

struct Options {
  std::string mode;   // build | run | ir
  std::vector<std::string> inputs;  // the main package: FILE.go... or one directory
  std::string output; // -o
  int optLevel = 0;
  bool debugInfo = false;  // -g: full DWARF (variables, parameters, types) for debuggers
  unsigned threads = 0;    // -p: compilation threads (0: one per core for a large program)
  std::vector<std::string> programArgs;  // run: arguments after the package
};

int buildExecutable(const Options &options);  // native executable, linked with the runtime and libgc
int runInJit(const Options &options);         // in-process, LLVM ORC LLJIT
int emitIR(const Options &options);           // textual LLVM IR

}  // namespace minigo
