#include "driver/compile.h"

#include "driver/compile_cache.h"
#include "driver/fast_selection.h"
#include "driver/module_parts.h"
#include "codegen/codegen.h"
#include "frontend/check.h"
#include "frontend/load.h"

#include <llvm/Bitcode/BitcodeReader.h>
#include <llvm/Bitcode/BitcodeWriter.h>
#include <llvm/IR/LegacyPassManager.h>
#include <llvm/IR/Verifier.h>
#include <llvm/MC/TargetRegistry.h>
#include <llvm/Object/ELF.h>
#include <llvm/Support/BuryPointer.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/SourceMgr.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Support/Threading.h>
#include <llvm/Support/thread.h>
#include <llvm/TargetParser/Host.h>

#include <cassert>
#include <cstring>
#include <functional>

namespace minigo {

void initializeHostTarget() {
  // Once: compilation threads create target machines too.
  static const bool initialized = [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    llvm::InitializeNativeTargetAsmParser();
    return true;
  }();
  (void)initialized;
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

static std::unique_ptr<llvm::Module> compileWith(const std::vector<std::string> &inputs, bool debugInfo,
                                                 Compilation &c) {
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
  return module;
}

// The phases recurse over the syntax tree, and LLVM over long expressions: a long `a + b + ...`
// chain or deep nesting would overflow the main thread's 8 MB stack. They run on threads with a
// 1 GB stack (address space only: pages come on use).
static llvm::thread largeStackThread(std::function<void()> work) {
  return llvm::thread(std::optional<unsigned>(1u << 30), std::move(work));
}

// compileProgram's module before optimization.
static Compilation generateProgram(const std::vector<std::string> &inputs, int optLevel, bool debugInfo) {
  Compilation c;
  c.target = createHostTargetMachine(optLevel);
  if (!c.target) return c;
  c.context = std::make_unique<llvm::LLVMContext>();
  largeStackThread([&] { c.module = compileWith(inputs, debugInfo, c); }).join();
  return c;
}

Compilation compileProgram(const std::vector<std::string> &inputs, int optLevel, bool debugInfo) {
  Compilation c = generateProgram(inputs, optLevel, debugInfo);
  if (c.module) largeStackThread([&] { optimizeModule(*c.module, optLevel, *c.target); }).join();
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
  if (target.getOptLevel() == llvm::CodeGenOptLevel::None) prepareForFastSelection(module);
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

// Splitting a module for parallel compilation costs writing it as bitcode and reading each part
// back: worth it from about this many instructions per thread.
constexpr size_t kInstructionsPerThread = 50000;

static unsigned compilationThreads(const llvm::Module &module, unsigned threads) {
  size_t definitions = 0, instructions = 0;
  for (const llvm::Function &f : module) {
    if (f.isDeclaration()) continue;
    ++definitions;
    instructions += f.getInstructionCount();
  }
  if (threads == 0) {
    unsigned cores = llvm::heavyweight_hardware_concurrency().compute_thread_count();
    threads = unsigned(std::clamp<size_t>(instructions / kInstructionsPerThread, 1, cores));
  }
  return unsigned(std::clamp<size_t>(threads, 1, std::max<size_t>(definitions, 1)));  // no part without functions
}

// The module, optimized, as object files, made on `threads` threads: each optimizes and
// generates code for a part of the module. Part 0 is compiled in the module itself; each other
// part is read from the module, written once as bitcode, into a context of its thread's own (a
// context cannot be shared between threads).
static std::vector<llvm::SmallVector<char, 0>> compileParts(llvm::Module &module, llvm::TargetMachine &target,
                                                            int optLevel, unsigned threads) {
  unsigned count = compilationThreads(module, threads);
  if (count == 1) {
    llvm::SmallVector<char, 0> object;
    largeStackThread([&] {
      optimizeModule(module, optLevel, target);
      object = emitObject(module, target);
    }).join();
    return {std::move(object)};
  }
  ModuleParts parts = divideModule(module, count, /*optimized=*/optLevel > 0);
  llvm::SmallVector<char, 0> bitcode;
  llvm::raw_svector_ostream out(bitcode);
  llvm::WriteBitcodeToFile(module, out);
  std::vector<llvm::SmallVector<char, 0>> objects(parts.count);
  std::vector<llvm::thread> threadsOfParts;
  for (unsigned i = 1; i < parts.count; ++i)
    threadsOfParts.push_back(largeStackThread([&, i] {
      llvm::LLVMContext context;
      llvm::MemoryBufferRef bytes(llvm::StringRef(bitcode.data(), bitcode.size()), "program");
      // Lazily: the bodies of the other parts' functions are never read.
      llvm::Expected<std::unique_ptr<llvm::Module>> copy = llvm::getLazyBitcodeModule(bytes, context);
      if (!copy) llvm::report_fatal_error(copy.takeError());  // written just above: cannot be invalid
      keepPart(**copy, parts, i, /*deleteOthers=*/true);
      if (llvm::Error error = (*copy)->materializeAll()) llvm::report_fatal_error(std::move(error));
      std::unique_ptr<llvm::TargetMachine> partTarget = createHostTargetMachine(optLevel);
      optimizeModule(**copy, optLevel, *partTarget);
      objects[i] = emitObject(**copy, *partTarget);
    }));
  threadsOfParts.push_back(largeStackThread([&] {
    // The optimizer would work on the other parts' definitions too; -O0 only generates code.
    keepPart(module, parts, 0, /*deleteOthers=*/optLevel > 0);
    optimizeModule(module, optLevel, target);
    objects[0] = emitObject(module, target);
  }));
  for (llvm::thread &thread : threadsOfParts) thread.join();
  return objects;
}

ObjectFiles compileToObjects(const std::vector<std::string> &inputs, int optLevel, bool debugInfo, unsigned threads,
                             CompilerMemory memory) {
  CompileCache cache(inputs, optLevel, debugInfo);
  ObjectFiles objects = cache.lookup();
  if (!objects.empty()) return objects;
  Compilation c = generateProgram(inputs, optLevel, debugInfo);
  if (!c.module) return {};
  std::vector<llvm::SmallVector<char, 0>> bytes = compileParts(*c.module, *c.target, optLevel, threads);
  std::vector<llvm::StringRef> views;
  for (const auto &object : bytes) {
    views.emplace_back(object.data(), object.size());
    objects.push_back(llvm::MemoryBuffer::getMemBufferCopy(views.back(), "minigo-program.o"));
  }
  cache.store(views, c.filesRead, c.dirsListed);
  if (memory == CompilerMemory::LeaveToExit) {  // the other parts' copies are freed on their threads
    llvm::BuryPointer(std::move(c.module));
    llvm::BuryPointer(std::move(c.context));
  }
  return objects;
}

}  // namespace minigo
