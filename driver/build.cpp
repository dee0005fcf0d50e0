// `minigo build` and `minigo ir`.
#include "driver/compile.h"
#include "driver/modes.h"

#include <llvm/IR/DebugInfo.h>
#include <llvm/IR/LegacyPassManager.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/FileUtilities.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/Program.h>
#include <llvm/Support/ToolOutputFile.h>

namespace minigo {

// The runtime archive sits next to the minigo executable (both are in the build directory).
static std::string runtimeLibraryPath() {
  static int anchor;
  std::string self = llvm::sys::fs::getMainExecutable("minigo", &anchor);
  llvm::SmallString<256> path(llvm::sys::path::parent_path(self));
  llvm::sys::path::append(path, "libminigo_rt.a");
  return std::string(path);
}

static bool writeObject(llvm::Module &module, llvm::TargetMachine &target, const std::string &path) {
  std::error_code ec;
  llvm::raw_fd_ostream out(path, ec, llvm::sys::fs::OF_None);
  if (ec) {
    llvm::errs() << "minigo: cannot write " << path << ": " << ec.message() << "\n";
    return false;
  }
  llvm::legacy::PassManager passes;
  if (target.addPassesToEmitFile(passes, out, nullptr, llvm::CodeGenFileType::ObjectFile)) {
    llvm::errs() << "minigo: the target cannot emit object files\n";
    return false;
  }
  passes.run(module);
  return true;
}

// Links with the system C++ driver: the runtime needs libstdc++ (its personality routine runs
// our landing pads) and Boehm GC.
static bool link(const std::string &object, const std::string &output) {
  auto cxx = llvm::sys::findProgramByName("c++");
  if (!cxx) {
    llvm::errs() << "minigo: no C++ linker driver (`c++`) found on PATH\n";
    return false;
  }
  std::string runtime = runtimeLibraryPath();
  llvm::SmallVector<llvm::StringRef, 8> args{*cxx, "-o", output, object, runtime, "-lgc", "-lpthread"};
  std::string error;
  int rc = llvm::sys::ExecuteAndWait(*cxx, args, std::nullopt, {}, 0, 0, &error);
  if (rc != 0) {
    llvm::errs() << "minigo: linking failed" << (error.empty() ? "" : ": " + error) << "\n";
    return false;
  }
  return true;
}

int buildExecutable(const Options &options) {
  Compilation c = compileFile(options.input, options.optLevel);
  if (!c.module) return 1;
  std::string output = options.output;
  if (output.empty()) output = llvm::sys::path::stem(options.input).str();
  llvm::SmallString<128> object;
  if (auto ec = llvm::sys::fs::createTemporaryFile("minigo", "o", object)) {
    llvm::errs() << "minigo: cannot create a temporary file: " << ec.message() << "\n";
    return 1;
  }
  llvm::FileRemover removeObject(object);
  if (!writeObject(*c.module, *c.target, std::string(object))) return 1;
  return link(std::string(object), output) ? 0 : 1;
}

int emitIR(const Options &options) {
  Compilation c = compileFile(options.input, options.optLevel);
  if (!c.module) return 1;
  // The IR is printed to be read: the line tables (for tracebacks) would only clutter it.
  llvm::StripDebugInfo(*c.module);
  if (options.output.empty() || options.output == "-") {
    c.module->print(llvm::outs(), nullptr);
    return 0;
  }
  std::error_code ec;
  llvm::ToolOutputFile out(options.output, ec, llvm::sys::fs::OF_Text);
  if (ec) {
    llvm::errs() << "minigo: cannot write " << options.output << ": " << ec.message() << "\n";
    return 1;
  }
  c.module->print(out.os(), nullptr);
  out.keep();
  return 0;
}

}  // namespace minigo
