// Lowering of `defer`: the function's cleanup stack.
//
// A function whose defers are all outside loops gets open-coded defers (Go's design 34481): each
// defer statement stores its evaluated function value and arguments in frame slots and sets its
// flag; every exit runs the flagged calls inline, newest first. With the flags and slots in
// allocas, SROA/mem2reg turn an unconditional defer into a plain call before the return.
//
// A function with a defer inside a loop pushes every deferred call onto a runtime chain instead
// (as Go does, all of that function's defers go there, which keeps LIFO order trivially right).
//
// Both ways, the same pending cleanups run on the two exit paths: the normal exit block and the
// function's catch-all landing pad. There, each deferred call is an invoke that unwinds to the
// same landing pad, so if it panics, the cleanups not yet run (their flags are cleared before the
// call) still run, as Go requires.
#include "codegen/codegen_impl.h"

namespace minigo {

void CodeGen::prepareDefers() {
  const ast::FunctionInfo &info = *fs().info;
  if (info.defers.empty()) return;
  fs().fn->setPersonalityFn(personality());
  fs().landingPad = llvm::BasicBlock::Create(ctx_, "lpad", fs().fn);
  fs().panicHandler = llvm::BasicBlock::Create(ctx_, "panic.handler", fs().fn);
  fs().panicException = llvm::PHINode::Create(rt_.ptr, 2, "exception", fs().panicHandler);
  fs().frameToken = createEntryAlloca(rt_.i8, "frame");
  if (info.deferInLoop) {
    fs().deferChain = createEntryAlloca(rt_.ptr, "defer.chain");
    builder_.CreateStore(rt_.null(), fs().deferChain);
    return;
  }
  for (const ast::DeferStmt *stmt : info.defers) {
    DeferSite site{stmt};
    site.flag = createEntryAlloca(rt_.i1, "defer" + llvm::Twine(stmt->index) + ".ran");
    builder_.CreateStore(builder_.getFalse(), site.flag);
    fs().defers.push_back(site);
  }
}

// The operands a deferred call keeps until it runs: the closure or an interface method's code
// (unless the callee is known statically) and the argument values (with the receiver).
static std::vector<llvm::Value *> deferredOperands(const EvaluatedCall &ec) {
  std::vector<llvm::Value *> operands;
  if (ec.callee) operands.push_back(ec.callee);
  operands.insert(operands.end(), ec.args.begin(), ec.args.end());
  return operands;
}

static EvaluatedCall rebuildCall(const ast::Call &call, llvm::Function *direct, llvm::ArrayRef<llvm::Value *> operands) {
  EvaluatedCall ec;
  ec.call = &call;
  ec.directCallee = direct;
  bool hasCallee = !direct && (call.callKind == ast::CallKind::Func || call.callKind == ast::CallKind::Method);
  if (hasCallee) ec.callee = operands[0];
  ec.args.assign(operands.begin() + hasCallee, operands.end());
  return ec;
}

CodeGen::PackedCall CodeGen::packCallOperands(const EvaluatedCall &ec,
                                              llvm::function_ref<llvm::Value *(llvm::StructType *)> allocate) {
  std::vector<llvm::Value *> operands = deferredOperands(ec);
  std::vector<llvm::Type *> fields;
  for (llvm::Value *v : operands) fields.push_back(v->getType());
  llvm::StructType *envType = llvm::StructType::get(ctx_, fields);
  llvm::Value *env = allocate(envType);
  for (size_t i = 0; i < operands.size(); ++i) builder_.CreateStore(operands[i], builder_.CreateStructGEP(envType, env, i));
  return {envType, env};
}

void CodeGen::emitDeferRegistration(const ast::DeferStmt &s) {
  EvaluatedCall ec = evaluateCallOperands(*s.call, /*operandsOutliveFrameSlots=*/fs().deferChain != nullptr);
  if (!fs().deferChain) {
    std::vector<llvm::Value *> operands = deferredOperands(ec);
    DeferSite &site = fs().defers[s.index];
    for (llvm::Value *operand : operands) {
      llvm::AllocaInst *slot = nullptr;
      if (!llvm::isa<llvm::Constant, llvm::AllocaInst>(operand)) {
        slot = createEntryAlloca(operand->getType(), "defer" + llvm::Twine(s.index) + ".arg");
        builder_.CreateStore(operand, slot);
      }
      site.operands.push_back({operand, slot});
    }
    builder_.CreateStore(builder_.getTrue(), site.flag);
    return;
  }
  // The recover token is the code the deferred call enters: known statically for a direct
  // call, loaded from the closure otherwise (a nil closure panics only when the call runs).
  llvm::Value *token = rt_.noRecoverToken();
  if (ec.directCallee) {
    token = ec.directCallee;
  } else if (s.call->callKind == ast::CallKind::Method) {
    token = ec.callee;
  } else if (s.call->callKind == ast::CallKind::Func) {
    llvm::BasicBlock *before = builder_.GetInsertBlock();
    llvm::BasicBlock *load = newBlock("defer.code");
    llvm::BasicBlock *done = newBlock("defer.push");
    builder_.CreateCondBr(builder_.CreateIsNull(ec.callee), done, load);
    builder_.SetInsertPoint(load);
    llvm::Value *code = builder_.CreateLoad(rt_.ptr, ec.callee);
    builder_.CreateBr(done);
    builder_.SetInsertPoint(done);
    llvm::PHINode *phi = builder_.CreatePHI(rt_.ptr, 2);
    phi->addIncoming(token, before);
    phi->addIncoming(code, load);
    token = phi;
  }
  // The operands go into the chain's record itself.
  packCallOperands(ec, [&](llvm::StructType *envType) {
    llvm::Function *thunk = callThunk(*s.call, envType, fs().fn->getName() + ".defer" + llvm::Twine(s.index));
    uint64_t size = module_->getDataLayout().getTypeAllocSize(envType);
    return callRuntime(RtFn::DeferPush, {fs().deferChain, thunk, builder_.getInt64(size), token});
  });
}

// void thunk(env): performs a call with the operands packCallOperands saved in env.
llvm::Function *CodeGen::callThunk(const ast::Call &call, llvm::StructType *envType, const llvm::Twine &name) {
  llvm::Function *direct = directCallee(call);
  llvm::IRBuilderBase::InsertPointGuard guard(builder_);
  FunctionState state;
  llvm::Function *fn = beginHelperFunction(name, state);
  std::vector<llvm::Value *> operands;
  for (unsigned i = 0; i < envType->getNumElements(); ++i)
    operands.push_back(builder_.CreateLoad(envType->getElementType(i), builder_.CreateStructGEP(envType, fn->getArg(0), i)));
  performCall(rebuildCall(call, direct, operands), /*setRecoverToken=*/false);
  builder_.CreateRetVoid();
  functions_.pop_back();
  return fn;
}

void CodeGen::emitPendingDefers(bool unwinding) {
  if (fs().deferChain) {
    callRuntime(RtFn::DeferRun, {fs().deferChain, builder_.getInt1(unwinding)});
    return;
  }
  for (auto it = fs().defers.rbegin(); it != fs().defers.rend(); ++it) {
    DeferSite &site = *it;
    llvm::BasicBlock *run = newBlock("defer" + llvm::Twine(site.stmt->index) + ".run");
    llvm::BasicBlock *next = newBlock("defer" + llvm::Twine(site.stmt->index) + ".next");
    builder_.CreateCondBr(builder_.CreateLoad(rt_.i1, site.flag), run, next);
    builder_.SetInsertPoint(run);
    builder_.CreateStore(builder_.getFalse(), site.flag);
    std::vector<llvm::Value *> operands;
    for (const DeferSite::Operand &operand : site.operands)
      operands.push_back(operand.slot ? builder_.CreateLoad(operand.slot->getAllocatedType(), operand.slot) : operand.value);
    performCall(rebuildCall(*site.stmt->call, directCallee(*site.stmt->call), operands), unwinding);
    branchTo(next);
    builder_.SetInsertPoint(next);
  }
}

void CodeGen::emitReturnOfResults() {
  const auto &results = fs().info->results;
  if (results.empty()) {
    builder_.CreateRetVoid();
    return;
  }
  std::vector<llvm::Value *> values;
  for (const ast::Object *r : results) values.push_back(builder_.CreateLoad(lower(r->type), addressOf(r)));
  if (values.size() == 1) {
    builder_.CreateRet(values[0]);
    return;
  }
  llvm::Value *tuple = llvm::UndefValue::get(fs().fn->getReturnType());
  for (unsigned i = 0; i < values.size(); ++i) tuple = builder_.CreateInsertValue(tuple, values[i], i);
  builder_.CreateRet(tuple);
}

void CodeGen::emitExitBlock() {
  builder_.SetInsertPoint(fs().exitBlock);
  emitPendingDefers(/*unwinding=*/false);
  emitReturnOfResults();
}

// The catch-all landing pad: unwinding stops here, so this frame's deferred calls run while the
// panic is live. If one of them recovers, the function returns normally with its results as they
// stand; otherwise minigo_panic_frame_done raises the panic again (a plain call: it must unwind
// out of this frame, not back into this landing pad).
void CodeGen::emitLandingPad() {
  builder_.SetInsertPoint(fs().landingPad);
  auto *pad = builder_.CreateLandingPad(llvm::StructType::get(rt_.ptr, rt_.i32), 1);
  pad->addClause(rt_.null());
  fs().panicException->addIncoming(builder_.CreateExtractValue(pad, 0), fs().landingPad);
  builder_.CreateBr(fs().panicHandler);
  builder_.SetInsertPoint(fs().panicHandler);
  builder_.CreateCall(rt_.get(RtFn::PanicCaught), {fs().panicException, fs().frameToken});
  emitPendingDefers(/*unwinding=*/true);
  ensureInsertPoint();
  builder_.CreateCall(rt_.get(RtFn::PanicFrameDone));
  emitReturnOfResults();
}

// panic(v) in a function with defers: unwinding would only bring the panic to this function's
// own landing pad, so go there directly and leave the unwinder out (it costs far more).
void CodeGen::emitLocalPanic(llvm::Value *type, llvm::Value *data) {
  llvm::Value *exception = callRuntime(RtFn::PanicStart, {type, data});
  fs().panicException->addIncoming(exception, builder_.GetInsertBlock());
  builder_.CreateBr(fs().panicHandler);
}

}  // namespace minigo
