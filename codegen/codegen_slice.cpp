// Slices: {ptr, len, cap} values whose elements live on the GC heap. Literals, slice
// expressions, make, append, copy, and conversions between slices, arrays and strings. Indexing
// is with arrays' (elementPlace, codegen_address.cpp), and so is the one bounds check.
#include "codegen/codegen_impl.h"
#include "runtime/minigo_runtime.h"  // mg_bounds

namespace minigo {

// Arrays of elements that hold pointers are allocated with GC_MALLOC, the others with
// GC_MALLOC_ATOMIC (never scanned); type descriptors carry the same answer for the runtime's maps.
bool holdsPointers(const Type *t) {
  if (t->isNumeric() || t->kind == TypeKind::Bool) return false;
  switch (t->kind) {
    case TypeKind::Array: return holdsPointers(t->underlying->elem);
    case TypeKind::Struct:
      for (const Field &f : t->underlying->fields)
        if (holdsPointers(f.type)) return true;
      return false;
    default: return true;  // strings, pointers, funcs, interfaces, slices
  }
}

// The runtime's description of an element type: its size in bytes, and whether it holds no
// pointers.
std::pair<llvm::Value *, llvm::Value *> CodeGen::elementLayout(const Type *elem) {
  uint64_t size = module_->getDataLayout().getTypeAllocSize(lower(elem));
  return {builder_.getInt64(size), builder_.getInt1(!holdsPointers(elem))};
}

llvm::Value *CodeGen::makeSliceValue(llvm::Value *ptr, llvm::Value *len, llvm::Value *cap) {
  llvm::Value *s = builder_.CreateInsertValue(llvm::UndefValue::get(rt_.sliceTy), ptr, 0);
  s = builder_.CreateInsertValue(s, len, 1);
  return builder_.CreateInsertValue(s, cap, 2);
}

// An index or bound of any integer type, as an int (a uint64 beyond MaxInt64 stays out of range
// as the unsigned comparisons of the bounds checks see it).
llvm::Value *CodeGen::emitIndex(const ast::Expr &index) {
  return builder_.CreateIntCast(emit(index), rt_.i64, !index.type->isUnsigned());
}

// A new slice of `length` elements of type elem, each zero but for the given (index, value)
// pairs: a slice literal's array, and the one a variadic call would pass.
llvm::Value *CodeGen::newSlice(const Type *elem, int64_t length,
                               llvm::ArrayRef<std::pair<int64_t, llvm::Value *>> elements) {
  llvm::Value *n = builder_.getInt64(length);
  auto [size, noPointers] = elementLayout(elem);
  llvm::Value *ptr = callRuntime(RtFn::MakeSlice, {n, n, size, noPointers});
  llvm::Type *elemType = lower(elem);
  for (auto [index, value] : elements)
    builder_.CreateStore(value, builder_.CreateConstInBoundsGEP1_64(elemType, ptr, index));
  return makeSliceValue(ptr, n, n);
}

// []T{a, b, 5: c}: its elements in order, in an array of the literal's length.
llvm::Value *CodeGen::emitSliceLit(const ast::CompositeLit &e) {
  int64_t length = 0;
  std::vector<std::pair<int64_t, llvm::Value *>> elements;
  for (size_t i = 0; i < e.elems.size(); ++i) {
    length = std::max(length, e.fieldIndex[i] + 1);
    elements.emplace_back(e.fieldIndex[i], emit(*e.elems[i].value));
  }
  return newSlice(e.type->underlying->elem, length, elements);
}

// a[low:high:max]. Go's checks, in its order: max (or high) against the capacity (an array's or
// a string's length), then each bound against the next.
llvm::Value *CodeGen::emit(const ast::SliceExpr &e) {
  const Type *t = e.base->type;
  llvm::Value *ptr, *len, *cap;
  llvm::Type *elemType;
  bool bySlice = t->kind == TypeKind::Slice;  // the limit is a capacity, not a length
  if (t->kind == TypeKind::Array || t->kind == TypeKind::Pointer) {
    const Type *array = t->kind == TypeKind::Pointer ? t->underlying->elem : t;
    ptr = t->kind == TypeKind::Pointer ? emit(*e.base) : emitAddress(*e.base);
    len = cap = builder_.getInt64(array->underlying->length);
    elemType = lower(array->underlying->elem);
  } else {
    llvm::Value *v = emit(*e.base);
    ptr = builder_.CreateExtractValue(v, 0);
    len = builder_.CreateExtractValue(v, 1);
    cap = bySlice ? builder_.CreateExtractValue(v, 2) : len;
    elemType = bySlice ? lower(t->underlying->elem) : rt_.i8;
  }
  llvm::Value *low = e.low ? emitIndex(*e.low) : builder_.getInt64(0);
  llvm::Value *high = e.high ? emitIndex(*e.high) : len;
  llvm::Value *max = e.max ? emitIndex(*e.max) : cap;
  if (t->kind == TypeKind::Pointer) nonNil(ptr);
  auto isUnsigned = [](const ast::ExprPtr &index) { return index && index->type->isUnsigned(); };
  if (e.max) {
    emitBoundsCheck(max, isUnsigned(e.max), cap, bySlice ? MG_BOUNDS_SLICE3_ACAP : MG_BOUNDS_SLICE3_ALEN);
    emitBoundsCheck(high, isUnsigned(e.high), max, MG_BOUNDS_SLICE3_B);
    emitBoundsCheck(low, isUnsigned(e.low), high, MG_BOUNDS_SLICE3_C);
  } else {
    if (e.high) emitBoundsCheck(high, isUnsigned(e.high), cap, bySlice ? MG_BOUNDS_SLICE_ACAP : MG_BOUNDS_SLICE_ALEN);
    emitBoundsCheck(low, isUnsigned(e.low), high, MG_BOUNDS_SLICE_B);
  }
  llvm::Value *start = builder_.CreateGEP(elemType, ptr, low);
  llvm::Value *newLen = builder_.CreateSub(high, low);
  if (t->isStringLike()) {
    llvm::Value *s = builder_.CreateInsertValue(llvm::UndefValue::get(rt_.stringTy), start, 0);
    return builder_.CreateInsertValue(s, newLen, 1);
  }
  return makeSliceValue(start, newLen, builder_.CreateSub(max, low));
}

// make([]T, len[, cap]), make(map[K]V[, hint]) (codegen_map.cpp) and make(chan T[, n])
// (codegen_chan.cpp).
llvm::Value *CodeGen::emitMake(const EvaluatedCall &ec) {
  const ast::Call &call = *ec.call;
  if (call.type->kind == TypeKind::Map) return emitMapBuiltin(ec);
  if (call.type->kind == TypeKind::Chan) return emitChanBuiltin(ec);
  auto size = [&](size_t i) { return builder_.CreateIntCast(ec.args[i], rt_.i64, !call.args[i]->type->isUnsigned()); };
  llvm::Value *len = size(0), *cap = ec.args.size() > 1 ? size(1) : len;
  auto [elemSize, noPointers] = elementLayout(call.type->underlying->elem);
  llvm::Value *ptr = callRuntime(RtFn::MakeSlice, {len, cap, elemSize, noPointers});
  return makeSliceValue(ptr, len, cap);
}

// clear(s): the elements of s[:len(s)] become zero values.
llvm::Value *CodeGen::emitClearSlice(const EvaluatedCall &ec) {
  llvm::Value *s = ec.args[0];
  llvm::Value *elemSize = elementLayout(ec.call->args[0]->type->underlying->elem).first;
  builder_.CreateMemSet(builder_.CreateExtractValue(s, 0), builder_.getInt8(0),
                        builder_.CreateMul(builder_.CreateExtractValue(s, 1), elemSize), llvm::MaybeAlign(1));
  return nullptr;
}

// append(s, x, y) and append(s, t...): in place when the capacity allows, else in the array
// minigo_grow_slice makes.
llvm::Value *CodeGen::emitAppend(const EvaluatedCall &ec) {
  const ast::Call &call = *ec.call;
  const Type *elem = call.type->underlying->elem;
  llvm::Type *elemType = lower(elem);
  llvm::Value *s = ec.args[0];
  llvm::Value *oldLen = builder_.CreateExtractValue(s, 1);
  // A tail slice or string: {ptr, len, ...}.
  llvm::Value *count =
      call.hasEllipsis ? builder_.CreateExtractValue(ec.args[1], 1) : builder_.getInt64(ec.args.size() - 1);
  llvm::Value *newLen = builder_.CreateAdd(oldLen, count);
  llvm::BasicBlock *before = builder_.GetInsertBlock();
  llvm::BasicBlock *grow = newBlock("append.grow"), *store = newBlock("append.store");
  // An overflowing length is negative, so beyond any capacity: the runtime panics.
  builder_.CreateCondBr(builder_.CreateICmpUGT(newLen, builder_.CreateExtractValue(s, 2)), grow, store,
                        llvm::MDBuilder(ctx_).createUnlikelyBranchWeights());
  // Only the growth goes through memory (the runtime updates the slice in place).
  builder_.SetInsertPoint(grow);
  llvm::AllocaInst *slot = createEntryAlloca(rt_.sliceTy, "append");
  builder_.CreateStore(s, slot);
  auto [size, noPointers] = elementLayout(elem);
  callRuntime(RtFn::GrowSlice, {slot, newLen, size, noPointers});
  llvm::Value *reallocated = builder_.CreateLoad(rt_.sliceTy, slot);
  llvm::BasicBlock *grown = builder_.GetInsertBlock();  // the call may have ended in an invoke's continuation
  builder_.CreateBr(store);
  builder_.SetInsertPoint(store);
  llvm::PHINode *result = builder_.CreatePHI(rt_.sliceTy, 2);
  result->addIncoming(s, before);
  result->addIncoming(reallocated, grown);
  llvm::Value *ptr = builder_.CreateExtractValue(result, 0);
  llvm::Value *end = builder_.CreateInBoundsGEP(elemType, ptr, oldLen);
  if (call.hasEllipsis) {
    // The tail may overlap the destination (append(s[:1], s[2:]...)).
    builder_.CreateMemMove(end, llvm::MaybeAlign(), builder_.CreateExtractValue(ec.args[1], 0), llvm::MaybeAlign(),
                           builder_.CreateMul(count, size));
  } else {
    for (size_t i = 1; i < ec.args.size(); ++i)
      builder_.CreateStore(ec.args[i], builder_.CreateConstInBoundsGEP1_64(elemType, end, i - 1));
  }
  return builder_.CreateInsertValue(result, newLen, 1);
}

// copy(dst, src): min(len(dst), len(src)) elements, as memmove copies them (they may overlap).
llvm::Value *CodeGen::emitCopy(const EvaluatedCall &ec) {
  llvm::Value *dst = ec.args[0], *src = ec.args[1];
  llvm::Value *dstLen = builder_.CreateExtractValue(dst, 1), *srcLen = builder_.CreateExtractValue(src, 1);
  llvm::Value *n = builder_.CreateSelect(builder_.CreateICmpULT(dstLen, srcLen), dstLen, srcLen);
  auto [size, noPointers] = elementLayout(ec.call->args[0]->type->underlying->elem);
  builder_.CreateMemMove(builder_.CreateExtractValue(dst, 0), llvm::MaybeAlign(), builder_.CreateExtractValue(src, 0),
                         llvm::MaybeAlign(), builder_.CreateMul(n, size));
  return n;
}

// string <-> []byte and []rune (of a constant string, an array of exactly its elements, as gc
// makes one); a slice to [N]T or *[N]T, which needs N elements; a slice to a slice type with the
// same underlying type.
llvm::Value *CodeGen::emitSliceConversion(llvm::Value *v, const Type *from, const Type *to, bool constant) {
  llvm::Value *ptr = builder_.CreateExtractValue(v, 0), *len = builder_.CreateExtractValue(v, 1);
  bool bytes = (to->kind == TypeKind::Slice ? to : from)->underlying->elem->underlying->kind == TypeKind::Uint8;
  if (to->kind == TypeKind::String) return callRuntime(bytes ? RtFn::StringFromBytes : RtFn::StringFromRunes, {ptr, len});
  if (from->isStringLike()) {
    llvm::AllocaInst *slot = createEntryAlloca(rt_.sliceTy, "conv");
    callRuntime(bytes ? RtFn::BytesFromString : RtFn::RunesFromString, {slot, ptr, len, builder_.getInt1(constant)});
    return builder_.CreateLoad(rt_.sliceTy, slot);
  }
  if (to->kind == TypeKind::Slice) return v;
  const Type *array = to->kind == TypeKind::Pointer ? to->underlying->elem : to;
  llvm::Value *want = builder_.getInt64(array->underlying->length);
  emitPanicIf(builder_.CreateICmpULT(len, want), RtFn::PanicBounds,
              {len, builder_.getFalse(), want, builder_.getInt32(MG_BOUNDS_CONVERT)});
  if (to->kind == TypeKind::Pointer) return ptr;  // a nil slice gives a nil *[0]T
  if (array->underlying->length == 0) return zeroValue(to);
  return builder_.CreateLoad(lower(to), ptr);
}

}  // namespace minigo
