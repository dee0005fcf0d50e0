// Phase 0 entry point: finds and parses the packages of a program (see load.h).
#include "frontend/load.h"

#include "frontend/builtins.h"
#include "frontend/build_constraints.h"
#include "frontend/parse.h"

#include <llvm/ADT/StringExtras.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/SHA256.h>

#include <algorithm>
#include <map>
#include <set>

#ifndef MINIGO_STDLIB_DIR
#define MINIGO_STDLIB_DIR "stdlib"
#endif

namespace minigo {

std::string standardLibraryDir() { return MINIGO_STDLIB_DIR; }

namespace {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

// Packages of Go's standard library that minigo does not have yet: importing one is
// "unsupported", while an unknown path without a dot is not a package at all.
bool isGoStandardPackage(const std::string &p) {
  static const std::set<std::string> known = {
      "archive/tar", "archive/zip", "bufio", "bytes", "cmp", "compress/gzip", "container/heap",
      "container/list", "container/ring", "context", "crypto", "crypto/md5", "crypto/rand",
      "crypto/sha1", "crypto/sha256", "crypto/sha512", "database/sql", "embed", "encoding",
      "encoding/base64", "encoding/binary", "encoding/csv", "encoding/hex", "encoding/json",
      "encoding/xml", "errors", "flag", "fmt", "go/ast", "go/parser", "go/token", "hash",
      "hash/crc32", "hash/fnv", "html", "html/template", "image", "io", "io/fs", "iter", "log",
      "log/slog", "maps", "math", "math/big", "math/bits", "math/cmplx", "math/rand",
      "math/rand/v2", "mime", "net", "net/http", "net/url", "os", "os/exec", "os/signal", "path",
      "path/filepath", "reflect", "regexp", "runtime", "runtime/debug", "slices", "sort",
      "strconv", "strings", "sync", "sync/atomic", "syscall", "testing", "text/tabwriter",
      "text/template", "time", "unicode", "unicode/utf16", "unicode/utf8", "unique", "unsafe"};
  return known.count(p) != 0;
}

// fmt, os and errors: packages whose functions the compiler knows (frontend/builtins.cpp); their
// directory in stdlib/, if any, holds the rest of the package.
bool hasBuiltinFunctions(const std::string &p) {
  for (const BuiltinFunc &f : builtinFuncs())
    if (f.package == p) return true;
  return false;
}

struct Module {
  std::string path;  // "example.com/app"
  std::string dir;
};

// The go.mod at or above `dir`: its `module` line. Each go.mod looked for goes to `looked`, with
// its digest.
std::optional<Module> findModule(const std::string &dir, Diagnostics &diags, std::map<std::string, std::string> &looked) {
  llvm::SmallString<256> d(dir);
  fs::make_absolute(d);
  path::remove_dots(d, /*remove_dot_dot=*/true);
  for (llvm::StringRef at = d; !at.empty(); at = path::parent_path(at)) {
    llvm::SmallString<256> mod(at);
    path::append(mod, "go.mod");
    auto buffer = llvm::MemoryBuffer::getFile(mod, /*IsText=*/true);
    looked[mod.str().str()] = fileDigest(buffer);
    if (!buffer) continue;
    llvm::SmallVector<llvm::StringRef> lines;
    (*buffer)->getBuffer().split(lines, '\n');
    for (llvm::StringRef line : lines) {
      line = line.split("//").first.trim();
      if (!line.consume_front("module")) continue;
      line = line.trim();
      if (line.size() >= 2 && (line.front() == '"' || line.front() == '`')) line = line.drop_front().drop_back();
      // Files are named relative to the working directory where they are under it, as Go does.
      llvm::SmallString<256> cwd;
      fs::current_path(cwd);
      llvm::StringRef dir = at;
      if (dir == cwd) return Module{line.str(), "."};
      if (dir.consume_front((cwd + "/").str())) return Module{line.str(), "./" + dir.str()};
      return Module{line.str(), at.str()};
    }
    diags.error(mod + ": no module declaration");
    return std::nullopt;
  }
  return std::nullopt;
}

class Loader {
 public:
  Loader(Diagnostics &diags) : diags_(diags) {}

  std::unique_ptr<ast::Program> load(const std::vector<std::string> &inputs);

 private:
  Diagnostics &diags_;
  std::map<std::string, std::string> filesRead_, dirsListed_;  // Program::filesRead, dirsListed
  std::optional<Module> module_;
  std::map<std::string, std::unique_ptr<ast::Package>> packages_;  // by import path
  enum class State { Loading, Done };
  std::map<const ast::Package *, State> state_;
  std::vector<std::string> importStack_;

  ast::Package *newPackage(const std::string &importPath, const std::string &dir,
                           const std::vector<std::string> &files);
  std::vector<std::string> goFilesIn(const std::string &dir);
  ast::Package *importPackage(const ast::Import &imp, const ast::Package &importer);
  std::optional<std::string> resolveDir(const ast::Import &imp, const ast::Package &importer);
  bool internalImportAllowed(const std::string &path, bool standard, const ast::Package &importer) const;
  void loadImports(ast::Package &p);
  std::vector<std::unique_ptr<ast::Package>> initializationOrder();
};

// The .go files of a directory that a build for linux/amd64 includes, by name.
std::vector<std::string> Loader::goFilesIn(const std::string &dir) {
  std::vector<std::string> names = goFileNames(dir), files;
  dirsListed_[dir] = namesDigest(names);
  for (llvm::StringRef name : names) {
    if (name.ends_with("_test.go") || name.starts_with(".") || name.starts_with("_")) continue;
    llvm::SmallString<256> file(dir);
    path::append(file, name);
    if (fs::is_directory(file)) continue;
    auto buffer = llvm::MemoryBuffer::getFile(file, /*IsText=*/true);
    filesRead_[std::string(file)] = fileDigest(buffer);
    if (buffer && !buildConstraintsSatisfied((*buffer)->getBuffer())) continue;
    files.push_back(std::string(file));  // in the names' order
  }
  return files;
}

// Parses the files of one package; checks that they agree on its name.
ast::Package *Loader::newPackage(const std::string &importPath, const std::string &dir,
                                 const std::vector<std::string> &files) {
  auto p = std::make_unique<ast::Package>();
  p->path = importPath;
  p->dir = dir;
  for (const std::string &name : files) {
    auto buffer = llvm::MemoryBuffer::getFile(name, /*IsText=*/true);
    if (!buffer) {
      diags_.error("cannot read " + name + ": " + buffer.getError().message());
      continue;
    }
    filesRead_[name] = fileDigest(buffer);  // what is compiled
    unsigned id = diags_.sources().AddNewSourceBuffer(std::move(*buffer), llvm::SMLoc());
    std::unique_ptr<ast::File> file = parseFile(id, diags_);
    if (!file) continue;
    if (p->name.empty()) {
      p->name = file->packageName;
    } else if (file->packageName != p->name) {
      diags_.error(file->packageLoc, "package `" + file->packageName + "`; expected package `" + p->name + "`");
      continue;
    }
    p->files.push_back(std::move(file));
  }
  if (p->name.empty()) p->name = importPath.substr(importPath.rfind('/') + 1);
  ast::Package *result = p.get();
  packages_[importPath] = std::move(p);
  return result;
}

// internal/ packages: only the tree rooted at internal's parent may import them. In the standard
// library a top-level internal/ is the whole library's.
bool Loader::internalImportAllowed(const std::string &p, bool standard, const ast::Package &importer) const {
  size_t internal = ("/" + p + "/").rfind("/internal/");
  if (internal == std::string::npos) return true;
  std::string root = internal == 0 ? "" : p.substr(0, internal - 1);
  if (standard != importer.isStandard) return false;
  std::string from = importer.path == "main" && module_ ? module_->path : importer.path;
  return root.empty() || from == root || llvm::StringRef(from).starts_with(root + "/");
}

// The directory of an imported package: in the main module, or in minigo's standard library.
std::optional<std::string> Loader::resolveDir(const ast::Import &imp, const ast::Package &importer) {
  const std::string &p = imp.path;
  // Outside the main module: in the standard library (or in a module minigo cannot fetch).
  bool standard = !(module_ && (p == module_->path || llvm::StringRef(p).starts_with(module_->path + "/")));
  if (!internalImportAllowed(p, standard, importer)) {
    diags_.error(imp.range.Start, "use of internal package " + p + " not allowed");
    return std::nullopt;
  }
  if (!standard) {
    llvm::SmallString<256> dir(module_->dir);
    path::append(dir, llvm::StringRef(p).drop_front(module_->path.size()));
    if (fs::is_directory(dir)) return dir.str().str();
    diags_.error(imp.range.Start, "package " + p + " is not in the main module (no directory " + dir.str() + ")");
    return std::nullopt;
  }
  llvm::StringRef first = llvm::StringRef(p).split('/').first;
  if (first.contains('.')) {
    diags_.error(imp.range.Start, "cannot find package " + p + (module_ ? " in module " + module_->path : "") +
                                      ": minigo builds without a network, from the main module and its standard "
                                      "library only");
    return std::nullopt;
  }
  llvm::SmallString<256> dir(standardLibraryDir());
  path::append(dir, p);
  if (fs::is_directory(dir)) return dir.str().str();
  if (hasBuiltinFunctions(p)) return std::string();
  if (isGoStandardPackage(p)) diags_.error(imp.range.Start, "unsupported: package `" + p + "`");
  else diags_.error(imp.range.Start, "package " + p + " is not in std");
  return std::nullopt;
}

ast::Package *Loader::importPackage(const ast::Import &imp, const ast::Package &importer) {
  if (auto it = packages_.find(imp.path); it != packages_.end()) {
    ast::Package *p = it->second.get();
    if (state_[p] == State::Loading) {
      std::string chain;
      for (const std::string &s : importStack_) chain += s + " imports ";
      diags_.error(imp.range.Start, "import cycle not allowed: " + chain + imp.path);
      return nullptr;
    }
    return p;
  }
  std::optional<std::string> dir = resolveDir(imp, importer);
  if (!dir) return nullptr;
  ast::Package *p = newPackage(imp.path, *dir, dir->empty() ? std::vector<std::string>{} : goFilesIn(*dir));
  p->isStandard = dir->empty() || llvm::StringRef(*dir).starts_with(standardLibraryDir());
  if (!dir->empty() && p->files.empty() && !hasBuiltinFunctions(imp.path)) {
    diags_.error(imp.range.Start, "no Go files in " + *dir);
    return nullptr;
  }
  if (p->name == "main") {
    diags_.error(imp.range.Start, "import \"" + imp.path + "\" is a program, not an importable package");
    return nullptr;
  }
  loadImports(*p);
  return p;
}

void Loader::loadImports(ast::Package &p) {
  state_[&p] = State::Loading;
  importStack_.push_back(p.path);
  for (auto &file : p.files)
    for (ast::Import &imp : file->imports) imp.package = importPackage(imp, p);
  importStack_.pop_back();
  state_[&p] = State::Done;
}

// Go's package initialization order: repeatedly the first package, by import path, whose
// imports are all initialized. Every package is imported by main, directly or not: main is last.
std::vector<std::unique_ptr<ast::Package>> Loader::initializationOrder() {
  std::vector<std::unique_ptr<ast::Package>> order;
  std::set<const ast::Package *> done;
  while (!packages_.empty()) {
    auto ready = std::find_if(packages_.begin(), packages_.end(), [&](auto &entry) {
      for (auto &file : entry.second->files)
        for (ast::Import &imp : file->imports)
          if (imp.package && !done.count(imp.package)) return false;
      return entry.first != "main" || packages_.size() == 1;
    });
    done.insert(ready->second.get());
    order.push_back(std::move(ready->second));
    packages_.erase(ready);
  }
  return order;
}

std::unique_ptr<ast::Program> Loader::load(const std::vector<std::string> &inputs) {
  std::string dir;
  std::vector<std::string> files;
  if (inputs.size() == 1 && fs::is_directory(inputs[0])) {
    dir = inputs[0];
    files = goFilesIn(dir);
    if (files.empty()) {
      diags_.error("no Go files in " + dir);
      return nullptr;
    }
  } else {
    for (const std::string &input : inputs) {
      if (!llvm::StringRef(input).ends_with(".go")) {
        diags_.error("cannot build " + input + ": not a .go file or a directory");
        return nullptr;
      }
      std::string inputDir = path::parent_path(input).str();
      if (files.empty()) dir = inputDir;
      else if (inputDir != dir) {
        diags_.error("named files must all be in one directory; have " + dir + " and " + inputDir);
        return nullptr;
      }
      files.push_back(input);
    }
  }
  module_ = findModule(dir.empty() ? "." : dir, diags_, filesRead_);
  unsigned errorsBefore = diags_.errorCount();
  ast::Package *mainPackage = newPackage("main", dir, files);
  if (diags_.errorCount() != errorsBefore) return nullptr;
  loadImports(*mainPackage);
  if (diags_.errorCount() != errorsBefore) return nullptr;
  auto program = std::make_unique<ast::Program>();
  program->packages = initializationOrder();
  program->filesRead = std::move(filesRead_);
  program->dirsListed = std::move(dirsListed_);
  return program;
}

}  // namespace

std::unique_ptr<ast::Program> loadProgram(const std::vector<std::string> &inputs, Diagnostics &diags) {
  return Loader(diags).load(inputs);
}

std::string contentsDigest(llvm::StringRef contents) {
  return llvm::toHex(llvm::SHA256::hash(llvm::arrayRefFromStringRef(contents)), /*LowerCase=*/true);
}

std::string fileDigest(const llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> &file) {
  return file ? contentsDigest((*file)->getBuffer()) : "absent";
}

std::vector<std::string> goFileNames(const std::string &dir) {
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; it != end && !ec; it.increment(ec))
    if (llvm::StringRef name = path::filename(it->path()); name.ends_with(".go")) names.push_back(name.str());
  std::sort(names.begin(), names.end());
  return names;
}

std::string namesDigest(const std::vector<std::string> &names) { return contentsDigest(llvm::join(names, "\n")); }

}  // namespace minigo
