#include "driver/compile.h"

#include "codegen/codegen.h"
#include "frontend/check.h"
#include "frontend/load.h"

#include <llvm/IR/Verifier.h>
#include <llvm/MC/TargetRegistry.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>
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

static std::unique_ptr<llvm::Module> compileWith(const std::vector<std::string> &inputs, int optLevel,
                                                 bool debugInfo, llvm::LLVMContext &context,
                                                 llvm::TargetMachine &target) {
  llvm::SourceMgr sources;
  Diagnostics diags(sources);
  std::unique_ptr<ast::Program> program = loadProgram(inputs, diags);
  if (!program) return nullptr;
  TypeContext types;
  // Go reports the errors of the first package that has any, and stops there.
  for (auto &package : program->packages)
    if (!checkPackage(*package, types, diags)) return nullptr;

  // Tracebacks name the source file by its absolute path, as Go's do.
  llvm::SmallString<256> absolutePath(sources.getMemoryBuffer(sources.getMainFileID())->getBufferIdentifier());
  llvm::sys::fs::make_absolute(absolutePath);
  llvm::sys::path::remove_dots(absolutePath, /*remove_dot_dot=*/true);
  std::unique_ptr<llvm::Module> module = generateModule(*program, context, absolutePath, target, sources, debugInfo);
  std::string problems;
  llvm::raw_string_ostream out(problems);
  if (llvm::verifyModule(*module, &out)) {
    llvm::errs() << "minigo: internal error: invalid IR generated:\n" << problems;
    return nullptr;
  }
  optimizeModule(*module, optLevel, target);
  return module;
}

Compilation compileProgram(const std::vector<std::string> &inputs, int optLevel, bool debugInfo) {
  Compilation c;
  c.target = createHostTargetMachine(optLevel);
  if (!c.target) return c;
  c.context = std::make_unique<llvm::LLVMContext>();
  // The phases recurse over the syntax tree: a long `a + b + ...` chain or deep nesting would
  // overflow the main thread's 8 MB stack. Compile on a thread with a 1 GB stack (address
  // space only: pages come on use).
  llvm::thread compiler(std::optional<unsigned>(1u << 30), [&] {
    c.module = compileWith(inputs, optLevel, debugInfo, *c.context, *c.target);
  });
  compiler.join();
  return c;
}

}  // namespace minigo
