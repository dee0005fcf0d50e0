// Phase 0: the command line's packages -> the program's packages, parsed. The loader finds the
// main package's files (a list of .go files, or a directory), the module they belong to (go.mod),
// and every package they import, transitively, from the module or from minigo's standard
// library (stdlib/, written in Go); it parses each file once.
#pragma once

#include "frontend/ast_package.h"
#include "frontend/diagnostics.h"

#include <llvm/ADT/StringRef.h>
#include <llvm/Support/MemoryBuffer.h>

#include <memory>
#include <string>
#include <vector>

namespace minigo {

// `inputs` is what `go build` accepts for a main package: .go files of one directory, or one
// directory (`.` included). Errors go to `diags`; the result is null when there were any.
std::unique_ptr<ast::Program> loadProgram(const std::vector<std::string> &inputs, Diagnostics &diags);

// Where the standard library's sources are (set when minigo is built).
std::string standardLibraryDir();

// The names of the .go files in a directory, sorted: all of them, build constraints or not (a
// file added or removed changes the package's files).
std::vector<std::string> goFileNames(const std::string &dir);

// Digests of what a program is made from (ast::Program::filesRead, dirsListed), which the compile
// cache compares with what is there later: of some bytes; of a file as read ("absent" when it
// could not be); of a directory's goFileNames.
std::string contentsDigest(llvm::StringRef contents);
std::string fileDigest(const llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> &file);
std::string namesDigest(const std::vector<std::string> &names);

}  // namespace minigo
