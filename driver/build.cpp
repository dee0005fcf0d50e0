// `minigo build` and `minigo ir`.
#include "driver/compile.h"
#include "driver/debug_tables.h"
#include "driver/modes.h"

#include <llvm/IR/Constants.h>
#include <llvm/IR/DebugInfo.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/LegacyPassManager.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/FileUtilities.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/Program.h>
#include <llvm/Support/ToolOutputFile.h>
#include <llvm/Transforms/Utils/ModuleUtils.h>

namespace minigo {

// The runtime archive sits next to the minigo executable (both are in the build directory).
static std::string runtimeLibraryPath() {
  static int anchor;
  std::string self = llvm::sys::fs::getMainExecutable("minigo", &anchor);
  llvm::SmallString<256> path(llvm::sys::path::parent_path(self));
  llvm::sys::path::append(path, "libminigo_rt.a");
  return std::string(path);
}

// Writes an object to a new temporary file, which `remover` removes.
static bool writeTemporaryObject(llvm::StringRef bytes, llvm::SmallString<128> &path, llvm::FileRemover &remover) {
  if (auto ec = llvm::sys::fs::createTemporaryFile("minigo", "o", path)) {
    llvm::errs() << "minigo: cannot create a temporary file: " << ec.message() << "\n";
    return false;
  }
  remover.setFile(path);
  std::error_code ec;
  llvm::raw_fd_ostream out(path, ec, llvm::sys::fs::OF_None);
  if (!ec) out << bytes;
  if (ec || out.has_error()) {
    llvm::errs() << "minigo: cannot write " << path << "\n";
    return false;
  }
  return true;
}

// A module whose constructor registers the program's inlined calls with the runtime: they are
// known only once the program's objects are written (they are the optimizer's work).
static std::unique_ptr<llvm::Module> inlinedCallsModule(const DebugTables &tables, llvm::LLVMContext &context,
                                                        llvm::TargetMachine &target) {
  auto module = std::make_unique<llvm::Module>("minigo.inlined", context);
  module->setDataLayout(target.createDataLayout());
  module->setTargetTriple(target.getTargetTriple().str());
  llvm::IRBuilder<> builder(context);
  auto *ptr = builder.getPtrTy();
  auto *i64 = builder.getInt64Ty();
  auto *rowType = llvm::StructType::get(ptr, i64, i64, ptr, i64, i64);  // mg_inlined_call
  auto string = [&](const char *s) {
    auto *bytes = llvm::ConstantDataArray::getString(context, s);
    return new llvm::GlobalVariable(*module, bytes->getType(), true, llvm::GlobalValue::PrivateLinkage, bytes);
  };
  std::vector<llvm::Constant *> rows;
  for (const mg_inlined_call &call : tables.inlinedCalls)
    rows.push_back(llvm::ConstantStruct::get(
        rowType, {string(call.function), builder.getInt64(call.begin), builder.getInt64(call.end),
                  string(call.callee), builder.getInt64(call.call_line), builder.getInt64(call.depth)}));
  auto *arrayType = llvm::ArrayType::get(rowType, rows.size());
  auto *table = new llvm::GlobalVariable(*module, arrayType, true, llvm::GlobalValue::PrivateLinkage,
                                         llvm::ConstantArray::get(arrayType, rows), "minigo.inlined.calls");
  auto *registerFn = llvm::Function::Create(llvm::FunctionType::get(builder.getVoidTy(), false),
                                            llvm::Function::InternalLinkage, "minigo.inlined.register", *module);
  builder.SetInsertPoint(llvm::BasicBlock::Create(context, "entry", registerFn));
  llvm::FunctionCallee runtime = module->getOrInsertFunction(
      "minigo_register_inlined_calls", llvm::FunctionType::get(builder.getVoidTy(), {ptr, i64}, false));
  builder.CreateCall(runtime, {table, builder.getInt64(rows.size())});
  builder.CreateRetVoid();
  llvm::appendToGlobalCtors(*module, registerFn, 65535);
  return module;
}

// Links with the system C++ driver: the runtime needs libstdc++ (its personality routine runs
// our landing pads) and Boehm GC.
static bool link(const std::vector<std::string> &objects, const std::string &output) {
  auto cxx = llvm::sys::findProgramByName("c++");
  if (!cxx) {
    llvm::errs() << "minigo: no C++ linker driver (`c++`) found on PATH\n";
    return false;
  }
  std::string runtime = runtimeLibraryPath();
  llvm::SmallVector<llvm::StringRef, 8> args{*cxx, "-o", output};
  args.append(objects.begin(), objects.end());
  // Boehm GC linked statically: an allocation is then a direct call, not a PLT call that also
  // goes through __tls_get_addr for its thread-local free lists.
  args.append({runtime, "-Wl,-Bstatic", "-lgc", "-Wl,-Bdynamic", "-lpthread"});
  // The C++ runtime and libgcc's unwinder linked statically too: a shared libstdc++ costs
  // 1.5 MB of resident pages at start-up (its relocations), more than a small program's own.
  args.append({"-static-libstdc++", "-static-libgcc"});
  args.push_back("-fuse-ld=gold");  // half ld.bfd's time
#ifdef MINIGO_SANITIZE
  args.push_back("-fsanitize=address,undefined");  // the runtime archive was built with them
#endif
  std::string error;
  int rc = llvm::sys::ExecuteAndWait(*cxx, args, std::nullopt, {}, 0, 0, &error);
  if (rc != 0) {
    llvm::errs() << "minigo: linking failed" << (error.empty() ? "" : ": " + error) << "\n";
    return false;
  }
  return true;
}

// As `go build` names it: after the first file, or after the directory.
static std::string defaultOutputName(const std::vector<std::string> &inputs) {
  if (llvm::StringRef(inputs.front()).ends_with(".go")) return llvm::sys::path::stem(inputs.front()).str();
  llvm::SmallString<256> dir(inputs.front());
  llvm::sys::fs::make_absolute(dir);
  llvm::sys::path::remove_dots(dir, /*remove_dot_dot=*/true);
  return llvm::sys::path::filename(dir).str();
}

int buildExecutable(const Options &options) {
  ObjectFiles program = compileToObjects(options.inputs, options.optLevel, options.debugInfo, options.threads,
                                         CompilerMemory::LeaveToExit);
  if (program.empty()) return 1;
  std::string output = options.output;
  if (output.empty()) output = defaultOutputName(options.inputs);
  std::vector<llvm::SmallString<128>> paths(program.size() + 1);
  std::vector<llvm::FileRemover> removers(paths.size());
  std::vector<std::string> objects;
  DebugTables tables;
  for (size_t i = 0; i < program.size(); ++i) {
    if (!writeTemporaryObject(program[i]->getBuffer(), paths[i], removers[i])) return 1;
    objects.push_back(std::string(paths[i]));
    readDebugTables(*program[i], tables);
  }
  if (!tables.inlinedCalls.empty()) {
    llvm::LLVMContext context;
    std::unique_ptr<llvm::TargetMachine> target = createHostTargetMachine(options.optLevel);
    auto module = inlinedCallsModule(tables, context, *target);
    llvm::SmallVector<char, 0> bytes = emitObject(*module, *target);
    if (!writeTemporaryObject(llvm::StringRef(bytes.data(), bytes.size()), paths.back(), removers.back())) return 1;
    objects.push_back(std::string(paths.back()));
  }
  return link(objects, output) ? 0 : 1;
}

int emitIR(const Options &options) {
  Compilation c = compileProgram(options.inputs, options.optLevel, options.debugInfo);
  if (!c.module) return 1;
  // The IR is printed to be read: the line tables (for tracebacks) would only clutter it, unless
  // the debug information was asked for.
  if (!options.debugInfo) llvm::StripDebugInfo(*c.module);
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
