// The compile cache: a program's object code, reused when nothing it was compiled from has
// changed, as `go build` reuses its cache. Rebuilding or rerunning an unchanged program then skips
// the front end and LLVM. An entry is keyed by the command's inputs, settings and working
// directory and by the compiler itself; it lists what the program was made from (every file read
// or looked for, every directory listed, each with a hash), and serves only while all of them
// hash the same.
//
// The cache is $MINIGO_CACHE, else $XDG_CACHE_HOME/minigo, else $HOME/.cache/minigo;
// MINIGO_CACHE=off turns it off. MINIGO_CACHE_LOG=1 reports each hit and miss on stderr.
#pragma once

#include <llvm/ADT/ArrayRef.h>
#include <llvm/Support/MemoryBuffer.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace minigo {

class CompileCache {
 public:
  // The entry for compiling `inputs` with these settings; a cache that is off serves nothing.
  CompileCache(const std::vector<std::string> &inputs, int optLevel, bool debugInfo);

  // The cached objects, if the entry exists and nothing it was made from has changed; else none.
  std::vector<std::unique_ptr<llvm::MemoryBuffer>> lookup() const;
  // Records the objects compiled from these files and directories, with their digests as the
  // loader read them (ast::Program's): a file changed during the compilation is seen as changed.
  void store(llvm::ArrayRef<llvm::StringRef> objects, const std::map<std::string, std::string> &filesRead,
             const std::map<std::string, std::string> &dirsListed) const;

 private:
  std::string dir_;  // empty when the cache is off
  std::string key_;
  bool log_ = false;

  std::string entryPath(llvm::StringRef extension) const;
  std::string objectPath(size_t index, size_t count) const;
};

}  // namespace minigo
