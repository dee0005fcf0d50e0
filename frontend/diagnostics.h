// The one diagnostics engine of the compiler: clang-style `file:line:col: error: message`
// followed by the source line and a caret, printed through llvm::SourceMgr.
//
// Messages are lower-case, have no trailing period and put code in backticks.
#pragma once

#include <llvm/ADT/Twine.h>
#include <llvm/Support/SMLoc.h>
#include <llvm/Support/SourceMgr.h>
#include <llvm/Support/raw_ostream.h>

namespace minigo {

class Diagnostics {
 public:
  explicit Diagnostics(llvm::SourceMgr &sources, llvm::raw_ostream &out = llvm::errs())
      : sources_(sources), out_(out) {}

  void error(llvm::SMLoc loc, const llvm::Twine &message);
  // An error that belongs to no source position (a missing directory): `minigo: message`.
  void error(const llvm::Twine &message);
  // A second part of the last error, at another position (gc's indented line): printed as
  // `file:line:col: note: message` with its source line, unless that error was not printed.
  void note(llvm::SMLoc loc, const llvm::Twine &message);
  // A valid Go feature that minigo does not implement yet: "unsupported: <what>".
  void unsupported(llvm::SMLoc loc, const llvm::Twine &what);

  unsigned errorCount() const { return errors_; }
  bool hasErrors() const { return errors_ != 0; }
  llvm::SourceMgr &sources() { return sources_; }

 private:
  llvm::SourceMgr &sources_;
  llvm::raw_ostream &out_;
  unsigned errors_ = 0;

  void print(llvm::SMLoc loc, llvm::SourceMgr::DiagKind kind, const llvm::Twine &message);
};

}  // namespace minigo
