// `minigo run`: the program runs in this process under LLVM ORC LLJIT. JIT'd code finds the
// runtime in minigo itself (linked in and exported), and JITLink registers the objects' EH frames
// so that panics unwind through JIT'd frames. The objects' line tables and inlined calls go to
// the runtime for tracebacks.
#include "driver/compile.h"
#include "driver/debug_tables.h"
#include "driver/modes.h"

#include <llvm/ExecutionEngine/Orc/Debugging/DebuggerSupport.h>
#include <llvm/ExecutionEngine/Orc/EPCEHFrameRegistrar.h>
#include <llvm/ExecutionEngine/Orc/ExecutionUtils.h>
#include <llvm/ExecutionEngine/Orc/LLJIT.h>
#include <llvm/ExecutionEngine/Orc/MapperJITLinkMemoryManager.h>
#include <llvm/ExecutionEngine/Orc/MemoryMapper.h>
#include <llvm/ExecutionEngine/Orc/ObjectLinkingLayer.h>
#include <llvm/ExecutionEngine/Orc/ObjectTransformLayer.h>
#include <llvm/ExecutionEngine/Orc/TargetProcess/JITLoaderGDB.h>
#include <llvm/Support/Error.h>

#include <cstdlib>

namespace minigo {

// enableDebuggerSupport finds GDB's JIT registration among this process's symbols. LLVM is linked
// statically and nothing else refers to it: this keeps it (and gdb's __jit_debug_descriptor).
[[gnu::used]] static auto *const gdbRegistration = &llvm_orc_registerJITLoaderGDBWrapper;

// The program's objects (one per compilation thread) reach each other's hidden symbols by
// PC-relative calls and loads, which span at most 2 GB: all of them go into one reservation of
// address space (pages come on use). A 36k-line program takes 7 MB; a larger reservation would
// crowd the main goroutine's 1 GB stack under an address-space limit (ulimit -v).
constexpr size_t kCodeReservation = size_t(256) << 20;

// ORC's default JITLink layer but for that reservation: the same registration of EH frames, so
// that panics unwind through JIT'd frames.
static llvm::Expected<std::unique_ptr<llvm::orc::ObjectLayer>> createObjectLayer(llvm::orc::ExecutionSession &session,
                                                                                const llvm::Triple &) {
  auto memory = llvm::orc::MapperJITLinkMemoryManager::CreateWithMapper<llvm::orc::InProcessMemoryMapper>(
      kCodeReservation);
  if (!memory) return memory.takeError();
  auto registrar = llvm::orc::EPCEHFrameRegistrar::Create(session);
  if (!registrar) return registrar.takeError();
  auto layer = std::make_unique<llvm::orc::ObjectLinkingLayer>(session, std::move(*memory));
  layer->addPlugin(std::make_unique<llvm::orc::EHFrameRegistrationPlugin>(session, std::move(*registrar)));
  return layer;
}

static int reportError(llvm::Error error) {
  llvm::logAllUnhandledErrors(std::move(error), llvm::errs(), "minigo: JIT error: ");
  return 1;
}

int runInJit(const Options &options) {
  // The program's object is `minigo build`'s (compiled for the generic CPU at the chosen level,
  // or found in the compile cache); JITLink links it into this process.
  ObjectFiles program = compileToObjects(options.inputs, options.optLevel, options.debugInfo, options.threads,
                                         CompilerMemory::Free);
  if (program.empty()) return 1;

  initializeHostTarget();  // a cached program compiled nothing: ORC needs the target all the same
  auto jit = llvm::orc::LLJITBuilder().setObjectLinkingLayerCreator(createObjectLayer).create();
  if (!jit) return reportError(jit.takeError());
  // -g: JIT'd objects are registered through GDB's JIT interface, so gdb can debug `minigo run`.
  if (options.debugInfo)
    if (auto error = llvm::orc::enableDebuggerSupport(**jit)) return reportError(std::move(error));
  auto &dylib = (*jit)->getMainJITDylib();
  auto generator = llvm::orc::DynamicLibrarySearchGenerator::GetForCurrentProcess(
      (*jit)->getDataLayout().getGlobalPrefix());
  if (!generator) return reportError(generator.takeError());
  dylib.addGenerator(std::move(*generator));
  (*jit)->getObjTransformLayer().setTransform(
      [](std::unique_ptr<llvm::MemoryBuffer> object) -> llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>> {
        static DebugTables tables;  // every object's rows; the runtime keeps pointers into them
        readDebugTables(*object, tables);
        registerDebugTables(tables);
        return std::move(object);
      });
  for (auto &object : program)
    if (auto error = (*jit)->addObjectFile(std::move(object))) return reportError(std::move(error));
  auto entry = (*jit)->lookup("main");
  if (!entry) return reportError(entry.takeError());

  std::vector<char *> argv{const_cast<char *>(options.inputs.front().c_str())};
  for (const std::string &arg : options.programArgs) argv.push_back(const_cast<char *>(arg.c_str()));
  argv.push_back(nullptr);
  auto *programMain = entry->toPtr<int(int, char **)>();
  int status = programMain(int(argv.size() - 1), argv.data());
  // The program's status is minigo's. Exit right away: tearing down the JIT buys nothing.
  std::exit(status);
}

}  // namespace minigo
