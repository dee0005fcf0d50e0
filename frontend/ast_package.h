// Packages and programs: the files of one package, and the packages a program is made of. The
// loader (frontend/load.cpp) builds them from the command line; the checker fills in the fields
// marked "checker:"; codegen lowers a whole program into one module.
#pragma once

#include "frontend/ast.h"

#include <llvm/Support/Casting.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace minigo::ast {

struct Package {
  std::string path;  // import path: "strings", "example.com/app/store"; "main" for the main package
  std::string name;  // from the package clauses: "store"
  std::string dir;
  bool isStandard = false;  // from minigo's standard library: it may declare runtime functions
  std::vector<std::unique_ptr<File>> files;
  // checker: every package-level name (an importer may refer only to the exported ones).
  std::map<std::string, Object *> members;
  std::vector<std::unique_ptr<Object>> objects;  // checker: owns every Object the package's AST points to
  // checker: the methods declared in the package, by receiver (base) type and name.
  std::map<std::pair<const Type *, std::string>, FuncDecl *> methods;
  // checker: the package variables with initializers in Go's initialization order (each after
  // the variables it depends on), then the `init` functions in source order (file by file).
  std::vector<const VarDecl *> initOrder;
  std::vector<const FuncDecl *> initFuncs;

  // The prefix of the package's symbols: "main.", "example.com/app/store."
  std::string symbolPrefix() const { return path + "."; }
  // The runtime's symbol of a function declared without a body: "minigo_unicode_utf8_decode".
  std::string runtimeSymbol(const std::string &function) const {
    std::string symbol = "minigo_" + path + "_" + function;
    for (char &c : symbol)
      if (c == '/') c = '_';
    return symbol;
  }
};

// The packages of a program, each after the packages it imports: the main package comes last.
struct Program {
  std::vector<std::unique_ptr<Package>> packages;
  // loader: what the program is made from, as the loader saw it, for the compile cache
  // (driver/compile_cache.cpp): every file read or looked for, with the digest of the contents
  // read (fileDigest: "absent" for a go.mod looked for and missing, since one that appears
  // changes the program), and every directory whose .go files were listed, with the digest of
  // their names (namesDigest of goFileNames). By path.
  std::map<std::string, std::string> filesRead, dirsListed;
  const Package &mainPackage() const { return *packages.back(); }

  // f(package, declaration) for each function and method declaration, package by package in
  // the program's order, file by file, in source order.
  template <class F> void forEachFunction(F f) const {
    for (const auto &package : packages)
      for (const auto &file : package->files)
        for (const auto &decl : file->funcs) f(*package, *decl);
  }
  // f(package, declaration) for each package-level `var` declaration, in the same order.
  template <class F> void forEachPackageVariable(F f) const {
    for (const auto &package : packages)
      for (const auto &file : package->files)
        for (const auto &g : file->globals)
          if (auto *decl = llvm::dyn_cast<VarDecl>(g.get())) f(*package, *decl);
  }
};

}  // namespace minigo::ast
