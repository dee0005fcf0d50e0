// Module-level lowering: function declarations and bodies, package variables, the C entry point.
#include "codegen/codegen.h"

#include "codegen/codegen_impl.h"

#include <llvm/Passes/PassBuilder.h>
#include <llvm/Transforms/IPO/GlobalDCE.h>

namespace minigo {

CodeGen::CodeGen(llvm::LLVMContext &context, llvm::StringRef sourceName, llvm::TargetMachine &target,
                 const llvm::SourceMgr &sources, bool fullDebugInfo)
    : ctx_(context),
      module_(std::make_unique<llvm::Module>(sourceName, context)),
      builder_(context, llvm::InstSimplifyFolder(module_->getDataLayout())),
      sources_(sources),
      debugInfo_(*module_),
      fullDebugInfo_(fullDebugInfo),
      rt_(*module_) {
  module_->setSourceFileName(sourceName);
  describeCompileUnit(sourceName);
  module_->setDataLayout(target.createDataLayout());
  module_->setTargetTriple(target.getTargetTriple().str());
}

std::unique_ptr<llvm::Module> CodeGen::run(const ast::Program &program) {
  escapes_ = analyzeEscapes(program);
  program.forEachFunction([&](const ast::Package &package, const ast::FuncDecl &f) {
    if (!f.body) {
      topLevel_[f.object] = declareRuntimeImplemented(f, package);
      return;
    }
    llvm::Function *fn = topLevel_[f.object] = declareFunction(f.info);
    if (f.noInline) fn->addFnAttr(llvm::Attribute::NoInline);
    if (f.isMethod) methodDecls_[{f.receiverType, f.name}] = &f;  // the method of the defined type
  });
  declarePackageVariables(program);
  program.forEachFunction([&](const ast::Package &, const ast::FuncDecl &f) {
    if (f.body) emitFunctionBody(f.info, *f.body, topLevel_[f.object]);
  });
  emitGlobalsInit(program);
  emitEntryPoint();
  guessDynamicTypes();
  removeUnusedFunctions();
  registerFunctions();
  // Go makes no tail calls: unbounded recursion must overflow the stack (tail-recursion
  // elimination, which skips functions with this attribute, would make it a loop that hangs or
  // returns), and every caller keeps its frame in tracebacks.
  for (llvm::Function &fn : *module_)
    if (!fn.isDeclaration()) fn.addFnAttr("disable-tail-calls", "true");
  describePackageVariables(program);
  debugInfo_.finalize();
  return std::move(module_);
}

// A function whose frames live on goroutine stacks: Go functions, their wrappers and helpers.
llvm::Function *CodeGen::createGoFrameFunction(llvm::FunctionType *type, const llvm::Twine &name) {
  auto *fn = llvm::Function::Create(type, llvm::Function::InternalLinkage, name, *module_);
  // Panics unwind through every Go frame: each needs unwind tables, and none is nounwind.
  fn->setUWTableKind(llvm::UWTableKind::Async);
  // A frame larger than the guard page below the main goroutine's stack must not jump over it.
  fn->addFnAttr("probe-stack", "inline-asm");
  // Other goroutines' stacks have no guard page: the prologue compares the stack pointer with
  // the limit the scheduler keeps at %fs:0x70 and calls the runtime's __morestack (a stack
  // overflow) below it.
  fn->addFnAttr("split-stack");
  return fn;
}

llvm::Function *CodeGen::declareFunction(const ast::FunctionInfo &info) {
  llvm::Function *fn = createGoFrameFunction(lowerSignature(info.signature), info.name);
  fn->getArg(0)->setName("env");
  goFunctions_.emplace_back(fn, true);
  return fn;
}

void CodeGen::emitFunctionBody(const ast::FunctionInfo &info, const ast::Block &body, llvm::Function *fn) {
  llvm::IRBuilderBase::InsertPointGuard guard(builder_);
  FunctionState state;
  state.info = &info;
  state.fn = fn;
  functions_.push_back(&state);

  state.entry = llvm::BasicBlock::Create(ctx_, "entry", fn);
  state.exitBlock = llvm::BasicBlock::Create(ctx_, "exit", fn);
  builder_.SetInsertPoint(state.entry);
  state.debugInfo = describeFunction(fn, info.name, body.range.Start, llvm::DINode::FlagZero, info.signature);
  // The prologue has line 0, so that a debugger's breakpoint on the function goes after it,
  // where the parameters are in their slots.
  builder_.SetCurrentDebugLocation(llvm::DILocation::get(ctx_, 0, 0, state.debugInfo));
  for (size_t i = 0; i < info.params.size(); ++i) {
    fn->getArg(i + 1)->setName(info.params[i]->name);
    declareVariable(info.params[i], fn->getArg(i + 1));
  }
  for (const ast::Object *result : info.results) declareVariable(result, zeroValue(result->type));
  llvm::StructType *envType = closureType(info);
  for (size_t i = 0; i < info.captures.size(); ++i) {
    const ast::Object *captured = info.captures[i];
    llvm::Value *slot = builder_.CreateStructGEP(envType, fn->getArg(0), i + 1, captured->name + ".env");
    state.envCells[captured] =
        capturedByValue(captured) ? slot : builder_.CreateLoad(rt_.ptr, slot, captured->name + ".cell");
  }
  if (info.callsRecover)
    state.canRecover = callRuntime(RtFn::RecoverTokenTake, {fn});
  prepareDefers();

  setLocation(body.range.Start);
  emit(body);
  branchTo(state.exitBlock);
  setLocation(body.rbrace);  // deferred calls run "at" the closing brace, as in Go's tracebacks
  emitExitBlock();
  if (state.landingPad) emitLandingPad();
  describeLocals();
  functions_.pop_back();
}

// All package variables of all packages are fields of one global, `main.vars`, so that one GC
// root range covers them (the collector does not scan JIT'd data sections, and it allows only so
// many ranges).
void CodeGen::declarePackageVariables(const ast::Program &program) {
  std::vector<const ast::Object *> objects;
  std::vector<llvm::Type *> fields;
  // (constants are folded by the checker)
  program.forEachPackageVariable([&](const ast::Package &, const ast::VarDecl &decl) {
    for (const ast::Object *obj : decl.objects)
      if (obj) objects.push_back(obj), fields.push_back(lower(obj->type));
  });
  if (objects.empty()) return;
  auto *type = llvm::StructType::create(ctx_, fields, "main.vars.type");
  packageVariables_ = new llvm::GlobalVariable(*module_, type, false, llvm::GlobalValue::InternalLinkage,
                                               llvm::Constant::getNullValue(type), "main.vars");
  for (unsigned i = 0; i < objects.size(); ++i)
    globals_[objects[i]] = llvm::ConstantExpr::getInBoundsGetElementPtr(
        type, packageVariables_, llvm::ArrayRef<llvm::Constant *>{builder_.getInt32(0), builder_.getInt32(i)});
}

// Package by package, in the program's order: the package variables in the checker's order, then
// the `init` functions, all before main.main.
void CodeGen::emitGlobalsInit(const ast::Program &program) {
  llvm::IRBuilderBase::InsertPointGuard guard(builder_);
  FunctionState state;
  beginHelperFunction("main.init.globals", state);
  if (packageVariables_) {
    uint64_t size = module_->getDataLayout().getTypeAllocSize(packageVariables_->getValueType());
    callRuntime(RtFn::GcAddRoots, {packageVariables_, builder_.CreateConstGEP1_64(rt_.i8, packageVariables_, size)});
  }
  for (const auto &package : program.packages) {
    for (const ast::VarDecl *decl : package->initOrder) {
      std::vector<llvm::Value *> values = emitValues(decl->values, decl->objects.size());
      for (size_t i = 0; i < decl->objects.size(); ++i)
        if (decl->objects[i]) builder_.CreateStore(values[i], globals_[decl->objects[i]]);
    }
    for (const ast::FuncDecl *init : package->initFuncs) emitCall(topLevel_.at(init->object), {rt_.null()});
  }
  builder_.CreateRetVoid();
  functions_.pop_back();
}

// The program's entry. `main` sets up the runtime and hands `main.entry` to it to run as the main
// goroutine. The catch-all landing pad of `main.entry` is the handler that reports an uncaught
// panic (every frame with defers has caught and re-raised it by then).
void CodeGen::emitEntryPoint() {
  builder_.SetCurrentDebugLocation(llvm::DebugLoc());
  auto *null = rt_.null();
  auto *entryType = llvm::FunctionType::get(rt_.voidTy, false);
  auto *entry = llvm::Function::Create(entryType, llvm::Function::InternalLinkage, "main.entry", *module_);
  entry->setUWTableKind(llvm::UWTableKind::Async);
  entry->setPersonalityFn(personality());
  goFunctions_.emplace_back(entry, false);  // catches uncaught panics; not a frame tracebacks show
  auto *start = llvm::BasicBlock::Create(ctx_, "start", entry);
  auto *runMain = llvm::BasicBlock::Create(ctx_, "run.main", entry);
  auto *done = llvm::BasicBlock::Create(ctx_, "done", entry);
  auto *uncaught = llvm::BasicBlock::Create(ctx_, "uncaught", entry);
  builder_.SetInsertPoint(start);
  builder_.CreateInvoke(module_->getFunction("main.init.globals"), runMain, uncaught, {null});
  builder_.SetInsertPoint(runMain);
  // Kept out of line so that tracebacks always show the main.main frame (called once).
  llvm::Function *goMain = module_->getFunction("main.main");
  goMain->addFnAttr(llvm::Attribute::NoInline);
  builder_.CreateInvoke(goMain, done, uncaught, {null});
  builder_.SetInsertPoint(done);
  builder_.CreateRetVoid();
  builder_.SetInsertPoint(uncaught);
  auto *pad = builder_.CreateLandingPad(llvm::StructType::get(rt_.ptr, rt_.i32), 1);
  pad->addClause(null);
  builder_.CreateCall(rt_.get(RtFn::PanicUncaught), {builder_.CreateExtractValue(pad, 0)});
  builder_.CreateUnreachable();

  auto *mainType = llvm::FunctionType::get(rt_.i32, {rt_.i32, rt_.ptr}, false);
  auto *main = llvm::Function::Create(mainType, llvm::Function::ExternalLinkage, "main", *module_);
  main->setUWTableKind(llvm::UWTableKind::Async);
  builder_.SetInsertPoint(llvm::BasicBlock::Create(ctx_, "entry", main));
  builder_.CreateCall(rt_.get(RtFn::Init), {main->getArg(0), main->getArg(1)});
  // The table of Go functions is filled in once the unused ones are gone (registerFunctions).
  functionTable_ = new llvm::GlobalVariable(*module_, rt_.i8, true, llvm::GlobalValue::ExternalLinkage, nullptr,
                                            "go.functions.placeholder");
  registerCall_ = builder_.CreateCall(rt_.get(RtFn::RegisterFunctions), {functionTable_, builder_.getInt64(0)});
  builder_.CreateRet(builder_.CreateCall(rt_.get(RtFn::RunMain), {entry}));
}

// Only what the program can reach is compiled: of the standard library's packages, a program uses
// a few functions. The roots are `main` and what it references (package initialization, main.main);
// a method stays while its type's descriptor (and so its method table) does.
void CodeGen::removeUnusedFunctions() {
  llvm::ModuleAnalysisManager analyses;
  llvm::PassBuilder().registerModuleAnalyses(analyses);
  llvm::GlobalDCEPass().run(*module_, analyses);
}

// The table of the program's Go functions (mg_function) that names frames in tracebacks.
void CodeGen::registerFunctions() {
  std::vector<llvm::Constant *> table;
  auto *functionEntryType = llvm::StructType::get(rt_.ptr, rt_.ptr, rt_.i64, rt_.ptr);  // mg_function
  std::map<llvm::DIFile *, llvm::Constant *> fileNames;
  for (auto &[handle, shown] : goFunctions_) {
    auto *fn = llvm::cast_or_null<llvm::Function>(handle);
    if (!fn) continue;  // removed: unused
    llvm::DISubprogram *sp = fn->getSubprogram();
    llvm::DIFile *file = sp ? sp->getFile() : debugFile_;
    llvm::Constant *&fileName = fileNames[file];
    if (!fileName) fileName = cString((file->getDirectory() + "/" + file->getFilename()).str());
    table.push_back(llvm::ConstantStruct::get(functionEntryType, {fn, cString(fn->getName()), builder_.getInt64(shown), fileName}));
  }
  auto *tableType = llvm::ArrayType::get(functionEntryType, table.size());
  auto *tableGlobal = new llvm::GlobalVariable(*module_, tableType, true, llvm::GlobalValue::PrivateLinkage,
                                               llvm::ConstantArray::get(tableType, table), "go.functions");
  functionTable_->replaceAllUsesWith(tableGlobal);
  functionTable_->eraseFromParent();
  registerCall_->setArgOperand(1, builder_.getInt64(table.size()));
}

void CodeGen::setLocation(llvm::SMLoc loc) {
  if (!fs().debugInfo || !loc.isValid()) return;
  auto [line, column] = sources_.getLineAndColumn(loc);
  builder_.SetCurrentDebugLocation(llvm::DILocation::get(ctx_, line, column, fs().debugInfo));
}

llvm::Function *CodeGen::beginHelperFunction(const llvm::Twine &name, FunctionState &state) {
  auto *type = llvm::FunctionType::get(rt_.voidTy, {rt_.ptr}, false);
  state.fn = createGoFrameFunction(type, name);
  state.entry = llvm::BasicBlock::Create(ctx_, "entry", state.fn);
  functions_.push_back(&state);
  builder_.SetInsertPoint(state.entry);
  builder_.SetCurrentDebugLocation(llvm::DebugLoc());  // not a Go function: no line table
  return state.fn;
}

// Generated landing pads use the C++ personality: a minigo panic is a "foreign" exception to it,
// which a catch-all clause catches.
llvm::Constant *CodeGen::personality() {
  return llvm::cast<llvm::Constant>(
      module_->getOrInsertFunction("__gxx_personality_v0", llvm::FunctionType::get(rt_.i32, true)).getCallee());
}

llvm::Constant *CodeGen::staticClosure(llvm::Function *fn) {
  auto &closure = staticClosures_[fn];
  if (!closure) {
    auto *init = llvm::ConstantStruct::getAnon({fn});
    closure = new llvm::GlobalVariable(*module_, init->getType(), true, llvm::GlobalValue::InternalLinkage,
                                       init, fn->getName() + ".closure");
  }
  return closure;
}

std::unique_ptr<llvm::Module> generateModule(const ast::Program &program, llvm::LLVMContext &context,
                                             llvm::StringRef sourceName, llvm::TargetMachine &target,
                                             const llvm::SourceMgr &sources, bool fullDebugInfo) {
  return CodeGen(context, sourceName, target, sources, fullDebugInfo).run(program);
}

void optimizeModule(llvm::Module &module, int optLevel, llvm::TargetMachine &target) {
  llvm::LoopAnalysisManager loops;
  llvm::FunctionAnalysisManager functions;
  llvm::CGSCCAnalysisManager cgscc;
  llvm::ModuleAnalysisManager modules;
  // clang's choices: the loop and SLP vectorizers from -O2 on (LLVM's defaults leave SLP off,
  // which leaves independent float operations such as mandelbrot's eight points scalar).
  llvm::PipelineTuningOptions tuning;
  tuning.LoopVectorization = optLevel >= 2;
  tuning.SLPVectorization = optLevel >= 2;
  llvm::PassBuilder passes(&target, tuning);
  passes.registerModuleAnalyses(modules);
  passes.registerCGSCCAnalyses(cgscc);
  passes.registerFunctionAnalyses(functions);
  passes.registerLoopAnalyses(loops);
  passes.crossRegisterProxies(loops, functions, cgscc, modules);
  static const llvm::OptimizationLevel levels[] = {llvm::OptimizationLevel::O0, llvm::OptimizationLevel::O1,
                                                   llvm::OptimizationLevel::O2, llvm::OptimizationLevel::O3};
  llvm::OptimizationLevel level = levels[std::clamp(optLevel, 0, 3)];
  llvm::ModulePassManager pipeline = optLevel == 0 ? passes.buildO0DefaultPipeline(level)
                                                   : passes.buildPerModuleDefaultPipeline(level);
  pipeline.run(module, modules);
}

}  // namespace minigo
