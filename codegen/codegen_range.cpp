// Range loops. Every kind of range expression gets the same loop (emitRangeFor); what differs
// is its RangeIteration, made in one place (beginRange).
#include "codegen/codegen_impl.h"

namespace minigo {

void CodeGen::emitRangeFor(const ast::For &s) {
  const ast::RangeClause &r = *s.rangeClause;
  std::string label = std::exchange(fs().nextLabel, {});
  bool wantValue = r.lhs.size() == 2 && !isBlank(*r.lhs[1]);
  RangeIteration iteration = beginRange(r, wantValue);
  auto assignCurrent = [&] {
    // `k, v = range x` assigns as `k, v = key, value` does each time round: the targets'
    // locations first. `k, v := range x` declares new variables each time round (Go 1.22), and
    // so a new heap cell for those that closures capture.
    std::vector<AssignTarget> targets;
    if (!r.define) {
      for (const auto &lhs : r.lhs) evaluateCallsFirst(*lhs);
      for (const auto &lhs : r.lhs) targets.push_back(locateTarget(*lhs));
    }
    auto [key, value] = iteration.current();
    llvm::Value *values[2] = {key, value};
    const Type *types[2] = {r.keyType, r.valueType};
    for (size_t i = 0; i < r.lhs.size(); ++i) {
      if (isBlank(*r.lhs[i])) continue;
      llvm::Value *v = values[i];
      if (r.lhs[i]->type->isInterface()) v = toInterface(v, types[i]);
      if (r.define) declareVariable(llvm::cast<ast::Ident>(*r.lhs[i]).object, v);
      else storeToTarget(targets[i], v);
    }
  };
  emitLoop("range", *s.body, std::move(label), [&] { return iteration.hasNext(); }, assignCurrent,
           [&] { iteration.advance(); });
}

CodeGen::RangeIteration CodeGen::beginRange(const ast::RangeClause &r, bool wantValue) {
  const ast::Expr &x = *r.x;
  if (r.evaluateX) evaluateCallsFirst(x);
  switch (r.kind) {
    case ast::RangeKind::Integer:
      return indexedIteration(emit(x), r.keyType, [](llvm::Value *) { return IndexedElement{}; });
    case ast::RangeKind::Array: {
      llvm::Type *arrayType = lower(x.type), *elementType = lower(r.valueType);
      llvm::Value *copy = r.evaluateX ? evaluateRangedArray(x, wantValue) : nullptr;
      return indexedIteration(builder_.getInt64(x.type->underlying->length), r.keyType, [=, this](llvm::Value *index) {
        if (!copy) return IndexedElement{};
        llvm::Value *at = builder_.CreateInBoundsGEP(arrayType, copy, {builder_.getInt64(0), index});
        return IndexedElement{builder_.CreateLoad(elementType, at)};
      });
    }
    case ast::RangeKind::ArrayPointer: {
      // The elements are read through the pointer as the loop goes, not copied.
      const Type *array = x.type->underlying->elem;
      llvm::Type *arrayType = lower(array), *elementType = lower(r.valueType);
      llvm::Value *pointer = r.evaluateX ? emit(x) : nullptr;
      return indexedIteration(builder_.getInt64(array->underlying->length), r.keyType, [=, this](llvm::Value *index) {
        if (!wantValue) return IndexedElement{};
        llvm::Value *at = builder_.CreateInBoundsGEP(arrayType, nonNil(pointer), {builder_.getInt64(0), index});
        return IndexedElement{builder_.CreateLoad(elementType, at)};
      });
    }
    case ast::RangeKind::Slice: {
      // The slice (pointer and length) is evaluated once; its elements are read as the loop goes.
      llvm::Value *s = emit(x);
      llvm::Value *elements = builder_.CreateExtractValue(s, 0);
      llvm::Type *elementType = lower(r.valueType);
      return indexedIteration(builder_.CreateExtractValue(s, 1), r.keyType, [=, this](llvm::Value *index) {
        if (!wantValue) return IndexedElement{};
        return IndexedElement{builder_.CreateLoad(elementType, builder_.CreateInBoundsGEP(elementType, elements, index))};
      });
    }
    case ast::RangeKind::String: {
      llvm::Value *s = emit(x);
      return indexedIteration(builder_.CreateExtractValue(s, 1), r.keyType,
                              [=, this](llvm::Value *index) { return stringElement(s, index); });
    }
    case ast::RangeKind::Map: {
      // The runtime's iterator copies each entry out (random order; an entry deleted before it
      // is reached is not produced).
      llvm::Value *iterator = callRuntime(RtFn::MapIterNew, {typeDescriptor(x.type), emit(x)});
      llvm::Type *keyType = lower(r.keyType), *valueType = lower(r.valueType);
      llvm::AllocaInst *key = createEntryAlloca(keyType, "range.key");
      llvm::AllocaInst *value = wantValue ? createEntryAlloca(valueType, "range.value") : nullptr;
      llvm::Value *valueOut = value ? static_cast<llvm::Value *>(value) : rt_.null();
      RangeIteration iteration;
      iteration.hasNext = [=, this] {
        return callRuntime(RtFn::MapIterNext, {iterator, key, valueOut});
      };
      iteration.current = [=, this] {
        return std::pair{builder_.CreateLoad(keyType, key), value ? builder_.CreateLoad(valueType, value) : nullptr};
      };
      iteration.advance = [] {};
      return iteration;
    }
    case ast::RangeKind::Chan: {
      // Each round receives a value; the loop ends when the channel is closed and drained.
      llvm::Value *chan = emit(x);
      llvm::AllocaInst *slot = channelSlot(r.keyType);
      RangeIteration iteration;
      iteration.hasNext = [=, this] { return callRuntime(RtFn::ChanRecv, {chan, slot}); };
      iteration.current = [=, this] {
        return std::pair<llvm::Value *, llvm::Value *>{builder_.CreateLoad(slot->getAllocatedType(), slot), nullptr};
      };
      iteration.advance = [] {};
      return iteration;
    }
  }
  llvm_unreachable("unknown range kind");
}

CodeGen::RangeIteration CodeGen::indexedIteration(llvm::Value *length, const Type *indexType, ElementAt element) {
  llvm::Type *type = length->getType();
  bool isUnsigned = indexType->underlying->isUnsigned();
  llvm::AllocaInst *index = createEntryAlloca(type, "range.index");
  llvm::AllocaInst *next = createEntryAlloca(type, "range.next");
  builder_.CreateStore(llvm::ConstantInt::get(type, 0), index);
  RangeIteration iteration;
  iteration.hasNext = [=, this] {
    llvm::Value *i = builder_.CreateLoad(type, index);
    return isUnsigned ? builder_.CreateICmpULT(i, length) : builder_.CreateICmpSLT(i, length);
  };
  iteration.current = [=, this] {
    llvm::Value *i = builder_.CreateLoad(type, index);
    IndexedElement e = element(i);
    // i < length, so i + 1 does not wrap.
    llvm::Value *following = e.next ? e.next : builder_.CreateAdd(i, llvm::ConstantInt::get(type, 1), "", isUnsigned, !isUnsigned);
    builder_.CreateStore(following, next);
    return std::pair{i, e.value};
  };
  iteration.advance = [=, this] { builder_.CreateStore(builder_.CreateLoad(type, next), index); };
  return iteration;
}

llvm::Value *CodeGen::evaluateRangedArray(const ast::Expr &array, bool wantValue) {
  bool addressable = isAddressable(array);
  if (!wantValue) {
    addressable ? emitAddress(array) : emit(array);
    return nullptr;
  }
  llvm::Type *type = lower(array.type);
  llvm::AllocaInst *copy = createEntryAlloca(type, "range.array");
  if (addressable) {
    const llvm::DataLayout &layout = module_->getDataLayout();
    llvm::Align align = layout.getABITypeAlign(type);
    builder_.CreateMemCpy(copy, align, emitAddress(array), align, layout.getTypeAllocSize(type));
  } else {
    builder_.CreateStore(emit(array), copy);
  }
  return copy;
}

// The rune at `index` of the string `s` and the index after it. ASCII is decoded here; the
// runtime decodes the rest (an invalid byte is U+FFFD of width 1).
CodeGen::IndexedElement CodeGen::stringElement(llvm::Value *s, llvm::Value *index) {
  llvm::Value *bytes = builder_.CreateExtractValue(s, 0);
  llvm::Value *byte = builder_.CreateLoad(rt_.i8, builder_.CreateInBoundsGEP(rt_.i8, bytes, index));
  llvm::BasicBlock *ascii = builder_.GetInsertBlock();
  llvm::BasicBlock *multibyte = newBlock("range.rune.decode");
  llvm::BasicBlock *done = newBlock("range.rune.done");
  llvm::Value *asciiRune = builder_.CreateZExt(byte, rt_.i32);
  builder_.CreateCondBr(builder_.CreateICmpULT(byte, builder_.getInt8(0x80)), done, multibyte);
  builder_.SetInsertPoint(multibyte);
  llvm::Value *decoded = callRuntime(RtFn::DecodeRune, {bytes, builder_.CreateExtractValue(s, 1), index});
  llvm::Value *decodedRune = builder_.CreateTrunc(builder_.CreateExtractValue(decoded, 0), rt_.i32);
  llvm::Value *decodedWidth = builder_.CreateExtractValue(decoded, 1);
  multibyte = builder_.GetInsertBlock();  // the call may have ended in an invoke's continuation
  builder_.CreateBr(done);
  builder_.SetInsertPoint(done);
  llvm::PHINode *rune = builder_.CreatePHI(rt_.i32, 2, "rune");
  rune->addIncoming(asciiRune, ascii);
  rune->addIncoming(decodedRune, multibyte);
  llvm::PHINode *width = builder_.CreatePHI(rt_.i64, 2, "rune.width");
  width->addIncoming(builder_.getInt64(1), ascii);
  width->addIncoming(decodedWidth, multibyte);
  return {rune, builder_.CreateAdd(index, width, "", /*HasNUW=*/true, /*HasNSW=*/true)};
}

}  // namespace minigo
