// Addressable locations, pointers and structs. Every store goes through emitAddress: `=`,
// `op=`, `++`/`--`, `&x`, and the receiver of a pointer method; a map entry, which is not a
// variable, is stored through the address the map gives (CodeGen::assignMapSlot).
#include "codegen/codegen_impl.h"
#include "frontend/ast_queries.h"
#include "runtime/minigo_runtime.h"  // mg_bounds

namespace minigo {

// A nil pointer that is dereferenced panics, as Go's fault handler makes it.
llvm::Value *CodeGen::nonNil(llvm::Value *pointer) {
  emitPanicIf(builder_.CreateIsNull(pointer), RtFn::PanicNil);
  return pointer;
}

llvm::Value *CodeGen::emitAddress(const ast::Expr &e) {
  const ast::Expr &x = unparen(e);
  if (auto *id = llvm::dyn_cast<ast::Ident>(&x)) return addressOf(id->object);
  if (auto *u = llvm::dyn_cast<ast::Unary>(&x)) {
    assert(u->op == ast::UnaryOp::Deref && "address of a non-addressable operand");
    return nonNil(emit(*u->operand));
  }
  if (auto *sel = llvm::dyn_cast<ast::Selector>(&x)) {
    Place p = walkPath(*sel->base, sel->path);
    assert(p.isAddress && "address of a field of a non-addressable struct");
    return p.v;
  }
  if (auto *index = llvm::dyn_cast<ast::Index>(&x)) {
    assert(!isMapIndex(*index) && "a map entry is stored through assignMapSlot");
    return elementPlace(*index).v;
  }
  // &T{...}: a new variable on the heap.
  llvm::Value *cell = alloc(lower(x.type));
  builder_.CreateStore(emit(x), cell);
  return cell;
}

// Follows `path` (field indices) from `base`, dereferencing pointers on the way. The result is
// the field's address when the base is addressable or a pointer was dereferenced, else its value.
CodeGen::Place CodeGen::walkPath(const ast::Expr &base, const std::vector<int> &path) {
  Place p{nullptr, false, base.type};
  if (base.type->kind != TypeKind::Pointer && isAddressable(base)) p = {emitAddress(base), true, base.type};
  else p.v = emit(base);
  return walk(p, path);
}

CodeGen::Place CodeGen::walk(Place p, const std::vector<int> &path) {
  for (int index : path) {
    if (p.type->kind == TypeKind::Pointer) {
      llvm::Value *pointer = p.isAddress ? builder_.CreateLoad(rt_.ptr, p.v) : p.v;
      p = {nonNil(pointer), true, p.type->underlying->elem};
    }
    p.v = p.isAddress ? builder_.CreateStructGEP(lower(p.type), p.v, index) : builder_.CreateExtractValue(p.v, index);
    p.type = p.type->underlying->fields[index].type;
  }
  return p;
}

llvm::Value *CodeGen::load(const Place &p) { return p.isAddress ? builder_.CreateLoad(lower(p.type), p.v) : p.v; }

llvm::Value *CodeGen::emit(const ast::Selector &e) {
  if (e.isMethodValue) return emitMethodValue(e);
  if (e.isMethodExpr) return staticClosure(methodThunk(e));
  return load(walkPath(*e.base, e.path));
}

void CodeGen::emitBoundsCheck(llvm::Value *x, bool xUnsigned, llvm::Value *limit, int code) {
  llvm::Value *outside = code == MG_BOUNDS_INDEX ? builder_.CreateICmpUGE(x, limit) : builder_.CreateICmpUGT(x, limit);
  emitPanicIf(outside, RtFn::PanicBounds, {x, builder_.getInt1(xUnsigned), limit, builder_.getInt32(code)});
}

// a[i] of an array, a pointer to one, or a slice: the element's address. An array that is not
// addressable (a call's result) is indexed in a temporary copy.
CodeGen::Place CodeGen::elementPlace(const ast::Index &e) {
  const Type *t = e.base->type;
  llvm::Value *base, *length;
  llvm::Type *elemType = lower(t->underlying->elem);
  if (t->kind == TypeKind::Slice) {
    llvm::Value *slice = emit(*e.base);
    base = builder_.CreateExtractValue(slice, 0);
    length = builder_.CreateExtractValue(slice, 1);
  } else {
    if (t->kind == TypeKind::Pointer) {
      base = emit(*e.base);
      t = t->underlying->elem;
      elemType = lower(t->underlying->elem);
    } else if (isAddressable(*e.base)) {
      base = emitAddress(*e.base);
    } else {
      base = createEntryAlloca(lower(t), "array.tmp");
      builder_.CreateStore(emit(*e.base), base);
    }
    length = builder_.getInt64(t->underlying->length);
  }
  llvm::Value *index = emitIndex(*e.index);
  // A constant index into an array was checked by the checker.
  if (!e.index->constant.isKnown() || t->kind == TypeKind::Slice)
    emitBoundsCheck(index, e.index->type->isUnsigned(), length, MG_BOUNDS_INDEX);
  if (e.base->type->kind == TypeKind::Pointer) nonNil(base);
  return {builder_.CreateInBoundsGEP(elemType, base, index), true, t->underlying->elem};
}

llvm::Value *CodeGen::emit(const ast::Index &e) {
  if (e.base->type->kind == TypeKind::Map) return emitMapIndex(e);
  if (!e.base->type->isStringLike()) return load(elementPlace(e));
  // s[i]: a byte of the string, after Go's bounds check (only a constant string and a constant
  // index were checked by the checker).
  llvm::Value *s = emit(*e.base);
  llvm::Value *index = emitIndex(*e.index);
  if (!e.index->constant.isKnown() || !e.base->constant.isKnown())
    emitBoundsCheck(index, e.index->type->isUnsigned(), builder_.CreateExtractValue(s, 1), MG_BOUNDS_INDEX);
  return builder_.CreateLoad(rt_.i8, builder_.CreateInBoundsGEP(rt_.i8, builder_.CreateExtractValue(s, 0), index));
}

// The receiver a method of `call` takes: the base (or the embedded field the method is promoted
// from), by address for a pointer receiver and by value otherwise.
llvm::Value *CodeGen::emitReceiver(const ast::Call &call) {
  auto &sel = llvm::cast<ast::Selector>(unparen(*call.callee));
  return receiverAt(walkPath(*sel.base, sel.path), call.methodDecl->pointerReceiver);
}

llvm::Value *CodeGen::receiverAt(const Place &p, bool pointerReceiver) {
  if (p.type->kind == TypeKind::Pointer && !p.type->isDefined()) {
    llvm::Value *pointer = load(p);
    if (pointerReceiver) return pointer;  // a nil receiver is the method's to handle
    return builder_.CreateLoad(lower(p.type->elem), nonNil(pointer));
  }
  return pointerReceiver ? p.v : load(p);
}

llvm::Value *CodeGen::emit(const ast::CompositeLit &e) {
  if (e.type->kind == TypeKind::Slice) return emitSliceLit(e);
  if (e.type->kind == TypeKind::Map) return emitMapLit(e);
  llvm::Value *v = zeroValue(e.type);
  for (size_t i = 0; i < e.elems.size(); ++i) v = builder_.CreateInsertValue(v, emit(*e.elems[i].value), e.fieldIndex[i]);
  return v;
}

// Go's == on arrays: every element equal, compared in order.
llvm::Value *CodeGen::emitArrayEqual(llvm::Value *l, llvm::Value *r, const Type *t) {
  const Type *elem = t->underlying->elem;
  uint64_t length = t->underlying->length;
  constexpr uint64_t kUnrolled = 16;
  if (length <= kUnrolled) {
    llvm::Value *all = builder_.getTrue();
    for (unsigned i = 0; i < length; ++i)
      all = builder_.CreateAnd(all, emitComparison(ast::BinaryOp::Eq, builder_.CreateExtractValue(l, i),
                                                   builder_.CreateExtractValue(r, i), elem));
    return all;
  }
  // Longer arrays: a loop over both, kept in the frame.
  llvm::Type *type = lower(t);
  llvm::Value *a = createEntryAlloca(type, "eq.l"), *b = createEntryAlloca(type, "eq.r");
  builder_.CreateStore(l, a);
  builder_.CreateStore(r, b);
  llvm::BasicBlock *before = builder_.GetInsertBlock();
  llvm::BasicBlock *loop = newBlock("eq.loop"), *next = newBlock("eq.next"), *done = newBlock("eq.done");
  builder_.CreateBr(loop);
  builder_.SetInsertPoint(loop);
  llvm::PHINode *i = builder_.CreatePHI(rt_.i64, 2);
  i->addIncoming(builder_.getInt64(0), before);
  llvm::Type *elemType = lower(elem);
  auto element = [&](llvm::Value *array) {
    return builder_.CreateLoad(elemType, builder_.CreateInBoundsGEP(type, array, {builder_.getInt64(0), i}));
  };
  llvm::Value *same = emitComparison(ast::BinaryOp::Eq, element(a), element(b), elem);
  llvm::BasicBlock *compared = builder_.GetInsertBlock();
  builder_.CreateCondBr(same, next, done);
  builder_.SetInsertPoint(next);
  llvm::Value *i1 = builder_.CreateAdd(i, builder_.getInt64(1));
  i->addIncoming(i1, next);
  builder_.CreateCondBr(builder_.CreateICmpULT(i1, builder_.getInt64(length)), loop, done);
  builder_.SetInsertPoint(done);
  llvm::PHINode *result = builder_.CreatePHI(rt_.i1, 2);
  result->addIncoming(builder_.getFalse(), compared);
  result->addIncoming(builder_.getTrue(), next);
  return result;
}

// Go's == on structs: every non-blank field equal, stopping at the first difference. gc's
// order: the fields up to and including the next interface field (whose comparison may panic)
// form a group; in each group the cheap comparisons come first (numbers, string lengths,
// interface type words), then the runtime calls (string bytes, interface values).
llvm::Value *CodeGen::emitStructEqual(llvm::Value *l, llvm::Value *r, const Type *t) {
  struct Condition {
    llvm::Value *l, *r;
    const Type *type;
    bool call;  // a runtime call: after the group's cheap conditions
  };
  std::vector<std::vector<Condition>> groups(1);
  auto flatten = [&](auto &self, llvm::Value *a, llvm::Value *b, const Type *st) -> void {
    const std::vector<Field> &fields = st->underlying->fields;
    for (unsigned i = 0; i < fields.size(); ++i) {
      if (fields[i].name == "_") continue;
      llvm::Value *x = builder_.CreateExtractValue(a, i), *y = builder_.CreateExtractValue(b, i);
      const Type *ft = fields[i].type;
      if (ft->kind == TypeKind::Struct) {
        self(self, x, y, ft);
      } else if (ft->kind == TypeKind::String || ft->isInterface()) {
        // Cheap: the lengths, or the type words (index 1 of a string, 0 of an interface).
        unsigned cheapPart = ft->isInterface() ? 0 : 1;
        groups.back().push_back({builder_.CreateExtractValue(x, cheapPart), builder_.CreateExtractValue(y, cheapPart),
                                 nullptr, false});
        groups.back().push_back({x, y, ft, true});
        if (ft->isInterface()) groups.emplace_back();
      } else {
        groups.back().push_back({x, y, ft, ft->kind == TypeKind::Array});
      }
    }
  };
  flatten(flatten, l, r, t);
  llvm::BasicBlock *done = newBlock("struct.eq.done");
  std::vector<std::pair<llvm::BasicBlock *, llvm::Value *>> incoming;
  auto test = [&](const Condition &c) {
    llvm::Value *eq = c.type ? emitComparison(ast::BinaryOp::Eq, c.l, c.r, c.type) : builder_.CreateICmpEQ(c.l, c.r);
    llvm::BasicBlock *next = newBlock("struct.eq.next");
    incoming.push_back({builder_.GetInsertBlock(), builder_.getFalse()});
    builder_.CreateCondBr(eq, next, done);
    builder_.SetInsertPoint(next);
  };
  for (const std::vector<Condition> &group : groups) {
    for (const Condition &c : group)
      if (!c.call) test(c);
    for (const Condition &c : group)
      if (c.call) test(c);
  }
  incoming.push_back({builder_.GetInsertBlock(), builder_.getTrue()});
  builder_.CreateBr(done);
  builder_.SetInsertPoint(done);
  llvm::PHINode *result = builder_.CreatePHI(rt_.i1, unsigned(incoming.size()));
  for (auto &[block, value] : incoming) result->addIncoming(value, block);
  return result;
}

// The targets of an assignment (and of a range clause's `=`) are located before the values are
// computed; a map entry's address comes from the map when it is stored to.
CodeGen::AssignTarget CodeGen::locateTarget(const ast::Expr &lhs) {
  if (isMapIndex(lhs)) return {nullptr, evaluateMapSlot(llvm::cast<ast::Index>(unparen(lhs)))};
  return {isBlank(lhs) ? nullptr : emitAddress(lhs), std::nullopt};
}

void CodeGen::storeToTarget(const AssignTarget &target, llvm::Value *v) {
  llvm::Value *address = target.mapSlot ? assignMapSlot(*target.mapSlot) : target.address;
  if (address) builder_.CreateStore(v, address);
}

}  // namespace minigo
