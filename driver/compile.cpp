#include "driver/compile.h"

#include "driver/compile_cache.h"
#include "codegen/codegen.h"
#include "frontend/check.h"
#include "frontend/load.h"

#include <llvm/IR/LegacyPassManager.h>
#include <llvm/IR/Verifier.h>
#include <llvm/MC/TargetRegistry.h>
#include <llvm/Object/ELF.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/SourceMgr.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Support/thread.h>
#include <llvm/TargetParser/Host.h>

#include <cassert>
#include <cstring>

namespace minigo {

void initializeHostTarget() {
  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();
  llvm::InitializeNativeTargetAsmParser();
}

std::unique_ptr<llvm::TargetMachine> createHostTargetMachine(int optLevel) {
  initializeHostTarget();
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
                                                 bool debugInfo, Compilation &c) {
  llvm::LLVMContext &context = *c.context;
  llvm::TargetMachine &target = *c.target;
  llvm::SourceMgr sources;
  Diagnostics diags(sources);
  std::unique_ptr<ast::Program> program = loadProgram(inputs, diags);
  if (!program) return nullptr;
  c.filesRead = program->filesRead;
  c.dirsListed = program->dirsListed;
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
    c.module = compileWith(inputs, optLevel, debugInfo, c);
  });
  compiler.join();
  return c;
}

namespace {

// LLVM marks an object with split-stack functions by a .note.GNU-split-stack section. Seeing it,
// gold rewrites the prologue of every such function that calls into an object without the note
// (the runtime) so that it always calls __morestack for a bigger stack segment, as gccgo's
// segmented stacks need; or fails to link when the prologue is not GCC's. minigo's goroutine
// stacks never grow (the runtime's __morestack reports a stack overflow), so the note is renamed
// and the prologues stay plain limit checks.
void hideSplitStackNote(llvm::SmallVectorImpl<char> &object) {
  constexpr llvm::StringLiteral kNote = ".note.GNU-split-stack";
  llvm::StringRef bytes(object.data(), object.size());
  auto file = llvm::object::ELF64LEFile::create(bytes);
  if (!file) {
    llvm::consumeError(file.takeError());
    return;
  }
  auto sections = file->sections();
  if (!sections) {
    llvm::consumeError(sections.takeError());
    return;
  }
  auto names = file->getSectionStringTable(*sections);
  if (!names) {
    llvm::consumeError(names.takeError());
    return;
  }
  for (const auto &section : *sections) {
    if (names->drop_front(section.sh_name).take_until([](char c) { return c == 0; }) != kNote) continue;
    char *name = object.data() + (names->data() - bytes.data()) + section.sh_name;
    std::memset(name, 0, kNote.size());
    std::memcpy(name, ".note.minigo-split", 18);  // checked stacks, never split
  }
}

}  // namespace

llvm::SmallVector<char, 0> emitObject(llvm::Module &module, llvm::TargetMachine &target) {
  llvm::SmallVector<char, 0> object;
  llvm::raw_svector_ostream out(object);
  llvm::legacy::PassManager passes;
  // The host's target machine always emits objects.
  [[maybe_unused]] bool cannot = target.addPassesToEmitFile(passes, out, nullptr, llvm::CodeGenFileType::ObjectFile);
  assert(!cannot);
  passes.run(module);
  hideSplitStackNote(object);
  return object;
}

std::unique_ptr<llvm::MemoryBuffer> compileToObject(const std::vector<std::string> &inputs, int optLevel,
                                                    bool debugInfo) {
  CompileCache cache(inputs, optLevel, debugInfo);
  if (auto cached = cache.lookup()) return cached;
  Compilation c = compileProgram(inputs, optLevel, debugInfo);
  if (!c.module) return nullptr;
  llvm::SmallVector<char, 0> object = emitObject(*c.module, *c.target);
  llvm::StringRef bytes(object.data(), object.size());
  cache.store(bytes, c.filesRead, c.dirsListed);
  return llvm::MemoryBuffer::getMemBufferCopy(bytes, "minigo-program.o");
}

}  // namespace minigo
