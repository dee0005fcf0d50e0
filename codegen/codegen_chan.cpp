// Goroutines, channels and select: calls of the runtime's scheduler and channel functions
// (runtime_functions.def). A channel value is a pointer to the runtime's mg_chan; values travel
// to and from it through frame slots, which the runtime copies elem_size bytes from or into.
#include "codegen/codegen_impl.h"

namespace minigo {

// `go f(x)`: the function value and arguments are evaluated here, as for a chained defer, and
// the new goroutine makes the call from them. A panic that leaves the call is the runtime's to
// report (minigo_go). A nil function value is a fatal error at once, as in Go.
void CodeGen::emit(const ast::GoStmt &s) {
  EvaluatedCall ec = evaluateCallOperands(*s.call, /*operandsOutliveFrameSlots=*/true);
  if (s.call->callKind == ast::CallKind::Func && ec.callee)
    emitPanicIf(builder_.CreateIsNull(ec.callee), RtFn::Fatal, {cString("go of nil func value")});
  PackedCall packed = packCallOperands(ec, [&](llvm::StructType *envType) {
    return envType->getNumElements() == 0 ? rt_.null() : alloc(envType);
  });
  llvm::Function *thunk = callThunk(*s.call, packed.envType, fs().fn->getName() + ".gowrap");
  callRuntime(RtFn::Go, {thunk, packed.env});
}

llvm::AllocaInst *CodeGen::channelSlot(const Type *t) { return createEntryAlloca(lower(t), "chan.slot"); }

// Both the channel and the value are evaluated before the send starts (in a select, before the
// choice): the channel, and the slot holding the value.
std::pair<llvm::Value *, llvm::AllocaInst *> CodeGen::evaluateSend(const ast::SendStmt &s) {
  evaluateCallsFirst(*s.chan);
  evaluateCallsFirst(*s.value);
  llvm::Value *chan = emit(*s.chan);
  llvm::AllocaInst *slot = channelSlot(s.value->type);
  builder_.CreateStore(emit(*s.value), slot);
  return {chan, slot};
}

void CodeGen::emit(const ast::SendStmt &s) {
  auto [chan, slot] = evaluateSend(s);
  callRuntime(RtFn::ChanSend, {chan, slot});
}

// The slot a receive `e` copies the element into: `v, ok := <-c` is typed as a tuple of the
// element and bool.
llvm::AllocaInst *CodeGen::receiveSlot(const ast::Unary &e) {
  return channelSlot(e.type->kind == TypeKind::Tuple ? e.type->results[0] : e.type);
}

// The value of the receive `e` once the element is in its slot: the element, or the comma-ok
// tuple with `ok`.
llvm::Value *CodeGen::receivedValue(const ast::Unary &e, llvm::AllocaInst *slot, llvm::Value *ok) {
  llvm::Value *value = builder_.CreateLoad(slot->getAllocatedType(), slot);
  if (e.type->kind != TypeKind::Tuple) return value;
  llvm::Value *tuple = builder_.CreateInsertValue(llvm::UndefValue::get(lower(e.type)), value, 0);
  return builder_.CreateInsertValue(tuple, ok, 1);
}

llvm::Value *CodeGen::emitReceive(const ast::Unary &e) {
  llvm::Value *chan = emit(*e.operand);
  llvm::AllocaInst *slot = receiveSlot(e);
  llvm::Value *ok = callRuntime(RtFn::ChanRecv, {chan, slot});
  return receivedValue(e, slot, ok);
}

llvm::Value *CodeGen::emitChanBuiltin(const EvaluatedCall &ec) {
  const ast::Call &call = *ec.call;
  switch (call.builtin) {
    case Builtin::Make: {
      const Type *elem = call.type->underlying->elem;
      uint64_t size = module_->getDataLayout().getTypeAllocSize(lower(elem));
      llvm::Value *cap = ec.args.empty() ? builder_.getInt64(0)
                                         : builder_.CreateIntCast(ec.args[0], rt_.i64, !call.args[0]->type->isUnsigned());
      return callRuntime(RtFn::ChanMake, {builder_.getInt64(size), cap});
    }
    case Builtin::Close: return callRuntime(RtFn::ChanClose, {ec.args[0]});
    case Builtin::Len: return callRuntime(RtFn::ChanLen, {ec.args[0]});
    case Builtin::Cap: return callRuntime(RtFn::ChanCap, {ec.args[0]});
    default: llvm_unreachable("not a channel builtin");
  }
}

namespace {

// The receive of a select case's communication: `<-c` alone, or the value of `v := <-c`,
// `v, ok = <-c` (maybe parenthesized, or converted to the targets' interface type).
const ast::Unary &receiveOf(const ast::Stmt &comm) {
  const ast::Expr *value = nullptr;
  if (auto *e = llvm::dyn_cast<ast::ExprStmt>(&comm)) value = e->expr.get();
  else if (auto *a = llvm::dyn_cast<ast::Assign>(&comm)) value = a->rhs[0].get();
  else value = llvm::cast<ast::ShortVarDecl>(comm).values[0].get();
  for (;;) {
    value = &unparen(*value);
    if (auto *conv = llvm::dyn_cast<ast::ImplicitConv>(value)) value = conv->operand.get();
    else return llvm::cast<ast::Unary>(*value);
  }
}

}  // namespace

// Go evaluates every case's channel, and each send's value, once, in source order; the runtime
// then picks a ready case (at random among several) or the default, or waits. A receive case's
// value is stored to its targets when its clause is entered: the received value stands in for
// the receive expression, as a call made ahead of its statement does.
void CodeGen::emit(const ast::SelectStmt &s) {
  auto *caseType = llvm::StructType::get(rt_.ptr, rt_.ptr, rt_.i64, rt_.i64);  // mg_select_case
  std::vector<const ast::CommClause *> cases;
  const ast::CommClause *defaultClause = nullptr;
  for (const ast::CommClause &clause : s.clauses) {
    if (clause.comm) cases.push_back(&clause);
    else defaultClause = &clause;
  }
  auto *arrayType = llvm::ArrayType::get(caseType, cases.size());
  llvm::AllocaInst *array = createEntryAlloca(arrayType, "select.cases");
  std::vector<llvm::AllocaInst *> slots;
  for (size_t i = 0; i < cases.size(); ++i) {
    const ast::Stmt &comm = *cases[i]->comm;
    llvm::Value *chan;
    llvm::AllocaInst *slot;
    auto *send = llvm::dyn_cast<ast::SendStmt>(&comm);
    if (send) {
      std::tie(chan, slot) = evaluateSend(*send);
    } else {
      const ast::Unary &receive = receiveOf(comm);
      evaluateCallsFirst(*receive.operand);
      chan = emit(*receive.operand);
      slot = receiveSlot(receive);
    }
    slots.push_back(slot);
    llvm::Value *fields[] = {chan, slot, builder_.getInt64(send != nullptr), builder_.getInt64(0)};
    for (unsigned f = 0; f < 4; ++f)
      builder_.CreateStore(fields[f], builder_.CreateInBoundsGEP(arrayType, array, {builder_.getInt64(0), builder_.getInt64(i), builder_.getInt32(f)}));
  }
  llvm::Value *chosen = callRuntime(RtFn::Select, {array, builder_.getInt64(cases.size()), builder_.getInt1(defaultClause != nullptr)});

  llvm::BasicBlock *end = newBlock("select.end");
  llvm::BasicBlock *defaultBody = newBlock(defaultClause ? "select.default" : "select.never");
  llvm::SwitchInst *dispatch = builder_.CreateSwitch(chosen, defaultBody, cases.size());
  fs().breakables.push_back({end, nullptr, std::exchange(fs().nextLabel, {})});
  auto emitBody = [&](const ast::CommClause &clause) {
    for (const auto &stmt : clause.body) emit(*stmt);
    branchTo(end);
  };
  for (size_t i = 0; i < cases.size(); ++i) {
    builder_.SetInsertPoint(newBlock("select.case"));
    dispatch->addCase(builder_.getInt64(i), builder_.GetInsertBlock());
    const ast::Stmt &comm = *cases[i]->comm;
    setLocation(comm.range.Start);
    if (comm.kind == ast::Stmt::Kind::Assign || comm.kind == ast::Stmt::Kind::ShortVarDecl) {
      const ast::Unary &receive = receiveOf(comm);
      llvm::Value *ok = nullptr;  // only a comma-ok receive reads its case's received_ok
      if (receive.type->kind == TypeKind::Tuple) {
        llvm::Value *okField = builder_.CreateInBoundsGEP(arrayType, array, {builder_.getInt64(0), builder_.getInt64(i), builder_.getInt32(3)});
        ok = builder_.CreateICmpNE(builder_.CreateLoad(rt_.i64, okField), builder_.getInt64(0));
      }
      llvm::Value *received = receivedValue(receive, slots[i], ok);
      fs().callsMade.clear();
      fs().callResults.clear();
      fs().callsMade.insert(&receive);
      fs().callResults[&receive] = received;
      if (auto *assign = llvm::dyn_cast<ast::Assign>(&comm)) emit(*assign);
      else emit(llvm::cast<ast::ShortVarDecl>(comm));
    }
    emitBody(*cases[i]);
  }
  builder_.SetInsertPoint(defaultBody);
  if (defaultClause) emitBody(*defaultClause);
  else builder_.CreateUnreachable();  // the runtime returns -1 only when there is a default
  fs().breakables.pop_back();
  builder_.SetInsertPoint(end);
}

}  // namespace minigo
