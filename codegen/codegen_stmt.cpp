// Statements, variables and control flow.
#include "codegen/codegen_impl.h"

#include <optional>

namespace minigo {

llvm::AllocaInst *CodeGen::createEntryAlloca(llvm::Type *type, const llvm::Twine &name) {
  llvm::IRBuilder<> entry(fs().entry, fs().entry->begin());
  return entry.CreateAlloca(type, nullptr, name);
}

// A variable captured by a closure that may outlive the frame lives in a heap cell; the frame
// slot then holds the cell's address. Each execution of the declaration makes a new variable
// (and so a new cell). Other variables, captured or not, live in the frame.
void CodeGen::declareVariable(const ast::Object *obj, llvm::Value *initial) {
  llvm::Type *type = lower(obj->type);
  if (needsHeapCell(obj)) {
    llvm::AllocaInst *holder = createEntryAlloca(rt_.ptr, obj->name + ".cellp");
    llvm::Value *cell = alloc(type);
    builder_.CreateStore(initial, cell);
    builder_.CreateStore(cell, holder);
    fs().storage[obj] = holder;
    return;
  }
  llvm::AllocaInst *slot = createEntryAlloca(type, obj->name);
  builder_.CreateStore(initial, slot);
  fs().storage[obj] = slot;
}

llvm::Value *CodeGen::addressOf(const ast::Object *obj) {
  if (obj->isGlobal) return globals_.at(obj);
  if (auto it = fs().envCells.find(obj); it != fs().envCells.end()) return it->second;
  llvm::Value *slot = fs().storage.at(obj);
  return needsHeapCell(obj) ? builder_.CreateLoad(rt_.ptr, slot, obj->name + ".cell") : slot;
}

// The values of an expression list; one multi-value expression (a call, or a comma-ok
// assertion) supplies all `wanted` values.
std::vector<llvm::Value *> CodeGen::emitValues(const std::vector<ast::ExprPtr> &exprs, size_t wanted) {
  for (const auto &e : exprs) evaluateCallsFirst(*e);
  std::vector<llvm::Value *> values;
  if (exprs.size() == 1 && wanted > 1) {
    llvm::Value *tuple = emit(*exprs[0]);
    for (unsigned i = 0; i < wanted; ++i) values.push_back(builder_.CreateExtractValue(tuple, i));
    return values;
  }
  for (const auto &e : exprs) values.push_back(emit(*e));
  return values;
}

llvm::BasicBlock *CodeGen::newBlock(const llvm::Twine &name) { return llvm::BasicBlock::Create(ctx_, name, fs().fn); }

llvm::BasicBlock *CodeGen::labelBlock(const std::string &label) {
  llvm::BasicBlock *&block = fs().labelBlocks[label];
  if (!block) block = newBlock("label." + label);
  return block;
}

void CodeGen::ensureInsertPoint() {
  if (blockTerminated()) builder_.SetInsertPoint(newBlock("unreachable"));
}

void CodeGen::branchTo(llvm::BasicBlock *bb) {
  if (!blockTerminated()) builder_.CreateBr(bb);
}

void CodeGen::emit(const ast::Stmt &s) {
  ensureInsertPoint();
  setLocation(s.range.Start);
  fs().callsMade.clear();  // a statement's calls are all consumed by it
  fs().callResults.clear();
  using K = ast::Stmt::Kind;
  switch (s.kind) {
    case K::ExprStmt:
      evaluateCallsFirst(*llvm::cast<ast::ExprStmt>(s).expr);
      emit(*llvm::cast<ast::ExprStmt>(s).expr);
      return;
    case K::VarDecl: return emit(llvm::cast<ast::VarDecl>(s));
    case K::ShortVarDecl: return emit(llvm::cast<ast::ShortVarDecl>(s));
    case K::Assign: return emit(llvm::cast<ast::Assign>(s));
    case K::IncDec: return emit(llvm::cast<ast::IncDec>(s));
    case K::Block: return emit(llvm::cast<ast::Block>(s));
    case K::If: return emit(llvm::cast<ast::If>(s));
    case K::For: return emit(llvm::cast<ast::For>(s));
    case K::Switch: return emit(llvm::cast<ast::Switch>(s));
    case K::TypeSwitch: return emit(llvm::cast<ast::TypeSwitch>(s));
    case K::Return: return emit(llvm::cast<ast::Return>(s));
    case K::Defer: return emitDeferRegistration(llvm::cast<ast::DeferStmt>(s));
    case K::Go: return emit(llvm::cast<ast::GoStmt>(s));
    case K::Send: return emit(llvm::cast<ast::SendStmt>(s));
    case K::Select: return emit(llvm::cast<ast::SelectStmt>(s));
    case K::Break: {
      const std::string &label = llvm::cast<ast::Break>(s).label;
      for (auto it = fs().breakables.rbegin(); it != fs().breakables.rend(); ++it)
        if (label.empty() || it->label == label) return void(builder_.CreateBr(it->breakTarget));
      llvm_unreachable("break outside a loop or switch");
    }
    case K::Continue: {
      const std::string &label = llvm::cast<ast::Continue>(s).label;
      for (auto it = fs().breakables.rbegin(); it != fs().breakables.rend(); ++it)
        if (it->continueTarget && (label.empty() || it->label == label))
          return void(builder_.CreateBr(it->continueTarget));
      llvm_unreachable("continue outside a loop");
    }
    case K::Goto: builder_.CreateBr(labelBlock(llvm::cast<ast::Goto>(s).label)); return;
    case K::Labeled: {
      auto &l = llvm::cast<ast::Labeled>(s);
      llvm::BasicBlock *block = labelBlock(l.label);
      builder_.CreateBr(block);
      builder_.SetInsertPoint(block);
      fs().nextLabel = l.label;
      emit(*l.stmt);
      fs().nextLabel.clear();
      return;
    }
    case K::ConstDecl:
    case K::TypeDecl:
    case K::Empty: return;
  }
}

void CodeGen::emit(const ast::Block &s) {
  for (const auto &stmt : s.stmts) emit(*stmt);
}

void CodeGen::emit(const ast::VarDecl &s) {
  std::vector<llvm::Value *> values;
  if (!s.values.empty()) values = emitValues(s.values, s.names.size());
  for (size_t i = 0; i < s.objects.size(); ++i)
    if (const ast::Object *obj = s.objects[i]) declareVariable(obj, values.empty() ? zeroValue(obj->type) : values[i]);
}

void CodeGen::emit(const ast::ShortVarDecl &s) {
  std::vector<llvm::Value *> values = emitValues(s.values, s.lhs.size());
  for (size_t i = 0; i < s.lhs.size(); ++i) {
    const ast::Object *obj = s.lhs[i]->object;
    if (!obj) continue;
    if (s.isNew[i]) declareVariable(obj, values[i]);
    else builder_.CreateStore(values[i], addressOf(obj));
  }
}

void CodeGen::emit(const ast::Assign &s) {
  if (s.op == ast::AssignOp::Plain) {
    // Go's two phases: the targets' locations and all right-hand sides are evaluated, then
    // the assignments are made left to right (a, b = b, a).
    // A map entry is located (and inserted) in the second phase.
    for (const auto &lhs : s.lhs) evaluateCallsFirst(*lhs);
    for (const auto &rhs : s.rhs) evaluateCallsFirst(*rhs);
    std::vector<AssignTarget> targets;
    for (const auto &lhs : s.lhs) targets.push_back(locateTarget(*lhs));
    std::vector<llvm::Value *> values = emitValues(s.rhs, s.lhs.size());
    for (size_t i = 0; i < s.lhs.size(); ++i) storeToTarget(targets[i], values[i]);
    return;
  }
  // AssignOp and BinaryOp list the arithmetic operators in the same order. The target's
  // location is evaluated once.
  auto op = ast::BinaryOp(int(s.op) - int(ast::AssignOp::Add) + int(ast::BinaryOp::Add));
  const Type *t = s.lhs[0]->type;
  evaluateCallsFirst(*s.lhs[0]);
  evaluateCallsFirst(*s.rhs[0]);
  emitUpdate(*s.lhs[0], op, [&] { return emit(*s.rhs[0]); }, s.rhs[0]->type);
}

// x++ is x += 1 in x's type.
void CodeGen::emit(const ast::IncDec &s) {
  const Type *t = s.target->type;
  evaluateCallsFirst(*s.target);
  ConstValue one = ConstValue::ofInt(1);
  auto op = s.increment ? ast::BinaryOp::Add : ast::BinaryOp::Sub;
  emitUpdate(*s.target, op, [&] { return constant(one, t); }, t);
}

// target = target op operand, the target's location evaluated once. A map entry is found once
// (made if absent), the operand evaluated before, as Go's first phase of an assignment does
// (`m[k] += len(m)`); a negative shift count then panics with the entry made, as in gc. For a
// division the entry is looked up, and made only once the quotient is computed: `m[k] /= 0`
// leaves the map as it was, as in gc.
void CodeGen::emitUpdate(const ast::Expr &target, ast::BinaryOp op, llvm::function_ref<llvm::Value *()> operand,
                         const Type *operandType) {
  const Type *t = target.type;
  if (isMapIndex(target)) {
    MapSlot slot = evaluateMapSlot(llvm::cast<ast::Index>(unparen(target)));
    using B = ast::BinaryOp;
    if (op != B::Div && op != B::Rem) {
      llvm::Value *y = operand();
      llvm::Value *entry = assignMapSlot(slot);
      builder_.CreateStore(emitArithmetic(op, builder_.CreateLoad(lower(t), entry), y, t, operandType), entry);
      return;
    }
    llvm::Value *current = lookupMapSlot(slot);
    llvm::Value *updated = emitArithmetic(op, current, operand(), t, operandType);
    builder_.CreateStore(updated, assignMapSlot(slot));
    return;
  }
  llvm::Value *address = emitAddress(target);
  llvm::Value *current = builder_.CreateLoad(lower(t), address);
  builder_.CreateStore(emitArithmetic(op, current, operand(), t, operandType), address);
}

void CodeGen::emit(const ast::If &s) {
  if (s.init) emit(*s.init);
  evaluateCallsFirst(*s.cond);
  llvm::Value *cond = emit(*s.cond);
  llvm::BasicBlock *thenBlock = newBlock("if.then");
  llvm::BasicBlock *end = newBlock("if.end");
  llvm::BasicBlock *elseBlock = s.otherwise ? newBlock("if.else") : end;
  builder_.CreateCondBr(cond, thenBlock, elseBlock);
  builder_.SetInsertPoint(thenBlock);
  emit(*s.then);
  branchTo(end);
  if (s.otherwise) {
    builder_.SetInsertPoint(elseBlock);
    emit(*s.otherwise);
    branchTo(end);
  }
  builder_.SetInsertPoint(end);
}

// The loop of both kinds of `for` (the range kind: emitRangeFor). `condition`, emitted in the
// condition block, decides whether the body runs (null: always); `enterBody` starts the body,
// `advance` follows it (and `continue`) before the condition again. Blocks are named `kind`.cond,
// .body, .post and .end.
void CodeGen::emitLoop(llvm::StringRef kind, const ast::Block &body, std::string label,
                       llvm::function_ref<llvm::Value *()> condition, llvm::function_ref<void()> enterBody,
                       llvm::function_ref<void()> advance) {
  llvm::BasicBlock *condBlock = newBlock(kind + ".cond");
  llvm::BasicBlock *bodyBlock = newBlock(kind + ".body");
  llvm::BasicBlock *post = newBlock(kind + ".post");
  llvm::BasicBlock *end = newBlock(kind + ".end");
  builder_.CreateBr(condBlock);
  builder_.SetInsertPoint(condBlock);
  if (llvm::Value *more = condition()) builder_.CreateCondBr(more, bodyBlock, end);
  else builder_.CreateBr(bodyBlock);
  builder_.SetInsertPoint(bodyBlock);
  enterBody();
  fs().breakables.push_back({end, post, std::move(label)});
  emit(body);
  fs().breakables.pop_back();
  branchTo(post);
  builder_.SetInsertPoint(post);
  advance();
  builder_.CreateBr(condBlock);
  builder_.SetInsertPoint(end);
}

void CodeGen::emit(const ast::For &s) {
  if (s.rangeClause) return emitRangeFor(s);
  std::string label = std::exchange(fs().nextLabel, {});
  if (s.init) emit(*s.init);
  auto condition = [&]() -> llvm::Value * {
    if (!s.cond) return nullptr;
    evaluateCallsFirst(*s.cond);
    return emit(*s.cond);
  };
  auto advance = [&] {
    // Go 1.22: each iteration has its own copy of the loop variables. Only those captured by a
    // closure that may outlive the iteration can tell the difference; they get a fresh cell
    // holding the current value before the post statement runs.
    if (auto *decl = llvm::dyn_cast_or_null<ast::ShortVarDecl>(s.init.get())) {
      for (const auto &id : decl->lhs) {
        const ast::Object *obj = id->object;
        if (!obj || !needsHeapCell(obj) || !obj->isPerIterationLoopVar) continue;
        llvm::Value *current = builder_.CreateLoad(lower(obj->type), addressOf(obj));
        llvm::Value *cell = alloc(lower(obj->type));
        builder_.CreateStore(current, cell);
        builder_.CreateStore(cell, fs().storage.at(obj));
      }
    }
    if (s.post) emit(*s.post);
  };
  emitLoop("for", *s.body, std::move(label), condition, [] {}, advance);
}

// Cases are tested in order; each clause body ends by leaving the switch, or by entering the
// next body on `fallthrough`. `caseMatches` emits the condition of a clause's k-th case;
// `enterBody` runs first in each body.
void CodeGen::emitCaseClauses(const std::vector<ast::CaseClause> &clauses,
                              llvm::function_ref<llvm::Value *(const ast::CaseClause &, size_t)> caseMatches,
                              llvm::function_ref<void(const ast::CaseClause &)> enterBody) {
  llvm::BasicBlock *end = newBlock("switch.end");
  std::vector<llvm::BasicBlock *> bodies;
  for (size_t i = 0; i < clauses.size(); ++i) bodies.push_back(newBlock("switch.case"));
  llvm::BasicBlock *defaultBody = end;
  for (size_t i = 0; i < clauses.size(); ++i) {
    const ast::CaseClause &clause = clauses[i];
    if (clause.isDefault) defaultBody = bodies[i];
    for (size_t k = 0; k < clause.exprs.size() + clause.types.size(); ++k) {
      llvm::Value *match = caseMatches(clause, k);
      llvm::BasicBlock *next = newBlock("switch.next");
      builder_.CreateCondBr(match, bodies[i], next);
      builder_.SetInsertPoint(next);
    }
  }
  builder_.CreateBr(defaultBody);
  fs().breakables.push_back({end, nullptr, std::exchange(fs().nextLabel, {})});
  for (size_t i = 0; i < clauses.size(); ++i) {
    builder_.SetInsertPoint(bodies[i]);
    enterBody(clauses[i]);
    for (const auto &stmt : clauses[i].body) emit(*stmt);
    branchTo(clauses[i].fallthrough && i + 1 < bodies.size() ? bodies[i + 1] : end);
  }
  fs().breakables.pop_back();
  builder_.SetInsertPoint(end);
}

void CodeGen::emit(const ast::Switch &s) {
  if (s.init) emit(*s.init);
  if (s.tag) evaluateCallsFirst(*s.tag);
  llvm::Value *tag = s.tag ? emit(*s.tag) : nullptr;
  emitCaseClauses(
      s.clauses,
      [&](const ast::CaseClause &clause, size_t k) {
        llvm::Value *v = emit(*clause.exprs[k]);
        return tag ? emitComparison(ast::BinaryOp::Eq, tag, v, s.tag->type) : v;
      },
      [](const ast::CaseClause &) {});
}

void CodeGen::emit(const ast::TypeSwitch &s) {
  if (s.init) emit(*s.init);
  llvm::Value *subject = emit(*s.subject);
  emitCaseClauses(
      s.clauses,
      [&](const ast::CaseClause &clause, size_t k) -> llvm::Value * {
        const ast::TypeExpr *type = clause.types[k].get();
        if (!type) return builder_.CreateIsNull(builder_.CreateExtractValue(subject, 0));  // case nil
        return emitTypeCheck(subject, type->resolved);
      },
      [&](const ast::CaseClause &clause) {
        const ast::Object *bound = clause.boundVar;
        if (!bound) return;
        declareVariable(bound, bound->type->isInterface()
                                   ? subject
                                   : fromInterfaceData(builder_.CreateExtractValue(subject, 1), bound->type));
      });
}

// `return x, y` assigns the results first; the deferred calls then run in the exit block and
// may still change named results before they are loaded and returned.
void CodeGen::emit(const ast::Return &s) {
  const auto &results = fs().info->results;
  if (!s.values.empty()) {
    std::vector<llvm::Value *> values = emitValues(s.values, results.size());
    for (size_t i = 0; i < results.size(); ++i) builder_.CreateStore(values[i], addressOf(results[i]));
  }
  builder_.CreateBr(fs().exitBlock);
}

}  // namespace minigo
