#include "driver/compile.h"

#include "codegen/codegen.h"
#include "frontend/check.h"
#include "frontend/parse.h"

#include <llvm/IR/Verifier.h>
#include <llvm/MC/TargetRegistry.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/SourceMgr.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Support/thread.h>
#include <llvm/TargetParser/Host.h>

namespace minigo {

std::unique_ptr<llvm::TargetMachine> createHostTargetMachine(int optLevel) {
  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();
  llvm::InitializeNativeTargetAsmParser();
  std::string triple = llvm::sys::getProcessTriple();
  std::string error;
  const llvm::Target *target = llvm::TargetRegistry::lookupTarget(triple, error);
  if (!target) {
    llvm::errs() << "minigo: " << error << "\n";
    return nullptr;
  }
  static const llvm::CodeGenOptLevel levels[] = {llvm::CodeGenOptLevel::None, llvm::CodeGenOptLevel::Less,
                                                 llvm::CodeGenOptLevel::Default, llvm::CodeGenOptLevel::Aggressive};
  return std::unique_ptr<llvm::TargetMachine>(target->createTargetMachine(
      // The generic CPU, as `go build` targets: executables also run on other x86-64 machines.
      triple, "", "", llvm::TargetOptions(), llvm::Reloc::PIC_, std::nullopt,
      levels[optLevel]));
}

static std::unique_ptr<llvm::Module> compileWith(const std::string &path, int optLevel, bool debugInfo,
                                                 llvm::LLVMContext &context, llvm::TargetMachine &target) {
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/true);
  if (!buffer) {
    llvm::errs() << "minigo: cannot read " << path << ": " << buffer.getError().message() << "\n";
    return nullptr;
  }
  llvm::SourceMgr sources;
  unsigned id = sources.AddNewSourceBuffer(std::move(*buffer), llvm::SMLoc());
  Diagnostics diags(sources);
  std::unique_ptr<ast::File> file = parseFile(id, diags);
  if (!file || diags.hasErrors()) return nullptr;
  TypeContext types;
  if (!checkFile(*file, types, diags)) return nullptr;

  // Tracebacks name the source file by its absolute path, as Go's do.
  llvm::SmallString<256> absolutePath(path);
  llvm::sys::fs::make_absolute(absolutePath);
  std::unique_ptr<llvm::Module> module = generateModule(*file, context, absolutePath, target, sources, debugInfo);
  std::string problems;
  llvm::raw_string_ostream out(problems);
  if (llvm::verifyModule(*module, &out)) {
    llvm::errs() << "minigo: internal error: invalid IR generated for " << path << ":\n" << problems;
    return nullptr;
  }
  optimizeModule(*module, optLevel, target);
  return module;
}

Compilation compileFile(const std::string &path, int optLevel, bool debugInfo) {
  Compilation c;
  c.target = createHostTargetMachine(optLevel);
  if (!c.target) return c;
  c.context = std::make_unique<llvm::LLVMContext>();
  // The phases recurse over the syntax tree: a long `a + b + ...` chain or deep nesting would
  // overflow the main thread's 8 MB stack. Compile on a thread with a 1 GB stack (address
  // space only: pages come on use).
  llvm::thread compiler(std::optional<unsigned>(1u << 30), [&] {
    c.module = compileWith(path, optLevel, debugInfo, *c.context, *c.target);
  });
  compiler.join();
  return c;
}

}  // namespace minigo
