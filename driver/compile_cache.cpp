#include "driver/compile_cache.h"

#include "frontend/load.h"

#include <llvm/ADT/StringExtras.h>
#include <llvm/Support/CachePruning.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/Process.h>
#include <llvm/Support/raw_ostream.h>

#include <chrono>

namespace minigo {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

namespace {

std::string cacheDirectory() {
  if (auto dir = llvm::sys::Process::GetEnv("MINIGO_CACHE")) return *dir == "off" ? "" : *dir;
  llvm::SmallString<256> dir;
  if (auto xdg = llvm::sys::Process::GetEnv("XDG_CACHE_HOME")) dir = *xdg;
  else if (auto home = llvm::sys::Process::GetEnv("HOME")) path::append(dir, *home, ".cache");
  else return "";
  path::append(dir, "minigo");
  return std::string(dir);
}

// What a dependency is now, digested as the loader digests what it reads (frontend/load.h).
std::string fileState(const std::string &file) { return fileDigest(llvm::MemoryBuffer::getFile(file, /*IsText=*/true)); }
std::string dirState(const std::string &dir) { return namesDigest(goFileNames(dir)); }

// The compiler's identity: its executable's path, size and modification time (a rebuilt minigo
// starts afresh).
std::string compilerIdentity() {
  static int anchor;
  std::string self = fs::getMainExecutable("minigo", &anchor);
  fs::file_status status;
  if (fs::status(self, status)) return self;
  return self + " " + std::to_string(status.getSize()) + " " +
         std::to_string(status.getLastModificationTime().time_since_epoch().count());
}

}  // namespace

CompileCache::CompileCache(const std::vector<std::string> &inputs, int optLevel, bool debugInfo) {
  dir_ = cacheDirectory();
  if (dir_.empty()) return;
  log_ = llvm::sys::Process::GetEnv("MINIGO_CACHE_LOG").has_value();
  llvm::SmallString<256> cwd;
  fs::current_path(cwd);
  // File names in diagnostics and tracebacks are relative to the working directory.
  std::string what = "minigo cache 2\n" + compilerIdentity() + "\n" + std::string(cwd) + "\n-O" +
                     std::to_string(optLevel) + (debugInfo ? " -g" : "") + "\n" + llvm::join(inputs, "\n");
  key_ = contentsDigest(what);
}

// Entries are named as LLVM's cache pruning expects ("llvmcache-*").
std::string CompileCache::entryPath(llvm::StringRef extension) const {
  llvm::SmallString<256> entry(dir_);
  path::append(entry, "llvmcache-" + key_ + extension);
  return std::string(entry);
}

// An entry's objects: .o for a program generated on one thread; .2-0.o and .2-1.o for one
// generated on two, and so on. Named by their count, so that builds that split a program
// differently (-p) never mix their parts (each file is renamed into place on its own).
std::string CompileCache::objectPath(size_t index, size_t count) const {
  return entryPath(count == 1 ? ".o" : "." + std::to_string(count) + "-" + std::to_string(index) + ".o");
}

std::vector<std::unique_ptr<llvm::MemoryBuffer>> CompileCache::lookup() const {
  if (dir_.empty()) return {};
  auto manifest = llvm::MemoryBuffer::getFile(entryPath(".deps"), /*IsText=*/true);
  bool fresh = bool(manifest);
  // `objects N`, then one line per dependency: `file HASH PATH` or `dir HASH PATH`.
  llvm::SmallVector<llvm::StringRef> lines;
  if (fresh) (*manifest)->getBuffer().split(lines, '\n', -1, /*KeepEmpty=*/false);
  size_t count = 0;
  fresh = fresh && !lines.empty() && lines.front().consume_front("objects ") &&
          !lines.front().getAsInteger(10, count) && count > 0;
  for (llvm::StringRef line : llvm::ArrayRef(lines).drop_front(fresh ? 1 : lines.size())) {
    auto [kind, rest] = line.split(' ');
    auto [hash, dependency] = rest.split(' ');
    std::string now = kind == "dir" ? dirState(dependency.str()) : fileState(dependency.str());
    if (now != hash) {
      fresh = false;
      break;
    }
  }
  std::vector<std::unique_ptr<llvm::MemoryBuffer>> objects;
  for (size_t i = 0; fresh && i < count; ++i) {
    auto buffer = llvm::MemoryBuffer::getFile(objectPath(i, count));
    if (!buffer) {
      objects.clear();
      break;
    }
    objects.push_back(std::move(*buffer));
  }
  if (log_) llvm::errs() << "minigo: cache " << (objects.empty() ? "miss" : "hit") << " " << key_ << "\n";
  return objects;
}

void CompileCache::store(llvm::ArrayRef<llvm::StringRef> objects, const std::map<std::string, std::string> &filesRead,
                         const std::map<std::string, std::string> &dirsListed) const {
  if (dir_.empty() || fs::create_directories(dir_)) return;
  std::string manifest = "objects " + std::to_string(objects.size()) + "\n";
  for (const auto &[file, digest] : filesRead) manifest += "file " + digest + " " + file + "\n";
  for (const auto &[dir, digest] : dirsListed) manifest += "dir " + digest + " " + dir + "\n";
  // Each file is written whole, then renamed into place: concurrent builds see an entry
  // complete or not at all. The objects go first: a manifest always has its objects.
  auto write = [](const std::string &file, llvm::StringRef data) {
    llvm::consumeError(llvm::writeToOutput(file, [&](llvm::raw_ostream &out) {
      out << data;
      return llvm::Error::success();
    }));
  };
  for (size_t i = 0; i < objects.size(); ++i) write(objectPath(i, objects.size()), objects[i]);
  write(entryPath(".deps"), manifest);
  // Entries unused for a week go, and the cache stays under 1 GB (checked at most hourly).
  llvm::CachePruningPolicy policy;
  policy.Interval = std::chrono::hours(1);
  policy.Expiration = std::chrono::hours(24 * 7);
  policy.MaxSizeBytes = uint64_t(1) << 30;
  llvm::pruneCache(dir_, policy);
}

}  // namespace minigo
