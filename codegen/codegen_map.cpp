// Maps: a map value is a pointer to the runtime's table (runtime/maps.h); every operation is a
// runtime call that takes the map type's descriptor and the key by address.
#include "codegen/codegen_impl.h"

#include <algorithm>

namespace minigo {

// A key in the frame, for the runtime to read.
llvm::Value *CodeGen::keyAddress(llvm::Value *key) {
  llvm::Value *slot = createEntryAlloca(key->getType(), "map.key");
  builder_.CreateStore(key, slot);
  return slot;
}

CodeGen::MapSlot CodeGen::evaluateMapSlot(const ast::Index &e) {
  llvm::Value *map = emit(*e.base);
  return {e.base->type, map, keyAddress(emit(*e.index))};
}

// The address of m[k]'s value, inserting a zero value when the entry is absent (a nil map
// panics): the target of `m[k] = v`, and of `m[k] op= v` and `m[k]++` once the new value is
// computed.
llvm::Value *CodeGen::assignMapSlot(const MapSlot &slot) {
  return callRuntime(RtFn::MapAssign, {typeDescriptor(slot.mapType), slot.map, slot.key});
}

// A constant zero value of type t, read where a map has no entry.
llvm::Constant *CodeGen::zeroValueGlobal(const Type *t) {
  llvm::GlobalVariable *&g = zeroValues_[t];
  if (!g) {
    llvm::Type *type = lower(t);
    g = new llvm::GlobalVariable(*module_, type, true, llvm::GlobalValue::PrivateLinkage,
                                 llvm::Constant::getNullValue(type), "zero:" + runtimeTypeName(t));
  }
  return g;
}

// The value of the entry m[k], or the zero value; `found` tells which.
llvm::Value *CodeGen::lookupMapSlot(const MapSlot &slot, llvm::Value **found) {
  const Type *elem = slot.mapType->underlying->elem;
  llvm::Value *value = callRuntime(RtFn::MapLookup, {typeDescriptor(slot.mapType), slot.map, slot.key});
  llvm::Value *present = builder_.CreateIsNotNull(value);
  if (found) *found = present;
  return builder_.CreateLoad(lower(elem), builder_.CreateSelect(present, value, zeroValueGlobal(elem)));
}

// m[k]: the entry's value or the zero value; (value, ok) in the comma-ok form.
llvm::Value *CodeGen::emitMapIndex(const ast::Index &e) {
  llvm::Value *found;
  llvm::Value *v = lookupMapSlot(evaluateMapSlot(e), &found);
  if (e.type->kind != TypeKind::Tuple) return v;
  llvm::Value *pair = llvm::UndefValue::get(lower(e.type));
  return builder_.CreateInsertValue(builder_.CreateInsertValue(pair, v, 0), found, 1);
}

// Is `e` a value gc lays out statically in a composite literal: a constant or nil, or an
// array or struct literal (maybe in an interface) of such values?
static bool isStaticValue(const ast::Expr &e) {
  const ast::Expr &x = unparen(e);
  if (x.constant.isKnown()) return true;
  if (auto *id = llvm::dyn_cast<ast::Ident>(&x)) return id->object && id->object->kind == ast::Object::Kind::Nil;
  if (auto *conv = llvm::dyn_cast<ast::ImplicitConv>(&x)) return isStaticValue(*conv->operand);
  auto *lit = llvm::dyn_cast<ast::CompositeLit>(&x);
  if (!lit || lit->type->kind == TypeKind::Map) return false;
  return std::all_of(lit->elems.begin(), lit->elems.end(), [](const ast::KeyedElement &elem) { return isStaticValue(*elem.value); });
}

// map[K]V{k: v, ...}: a map made for its entries, then each stored. gc stores the entries whose
// key and value are both static first, then the others, each group in source order (this
// decides which of two equal keys wins). Many entries of constants are stored by a loop over
// two constant arrays, as gc does, rather than by code for each.
llvm::Value *CodeGen::emitMapLit(const ast::CompositeLit &e) {
  llvm::Constant *type = typeDescriptor(e.type);
  llvm::Value *map = callRuntime(RtFn::MapMake, {type, builder_.getInt64(int64_t(e.elems.size()))});
  auto isConstantEntry = [](const ast::KeyedElement &elem) {
    return elem.key->constant.isKnown() && elem.value->constant.isKnown();
  };
  constexpr size_t kTableThreshold = 25;
  bool table = std::count_if(e.elems.begin(), e.elems.end(), isConstantEntry) > kTableThreshold;
  if (table) storeConstantEntries(e, map);
  llvm::Value *key = createEntryAlloca(lower(e.type->underlying->key), "map.key");
  for (bool staticPass : {true, false}) {
    for (const ast::KeyedElement &elem : e.elems) {
      if ((isStaticValue(*elem.key) && isStaticValue(*elem.value)) != staticPass) continue;
      if (table && isConstantEntry(elem)) continue;
      builder_.CreateStore(emit(*elem.key), key);
      llvm::Value *value = emit(*elem.value);
      builder_.CreateStore(value, callRuntime(RtFn::MapAssign, {type, map, key}));
    }
  }
  return map;
}

// The entries of literal `e` whose key and value are constants, stored into `map` by a loop:
//   for i := 0; i < n; i++ { map[keys[i]] = values[i] }
void CodeGen::storeConstantEntries(const ast::CompositeLit &e, llvm::Value *map) {
  const Type *keyType = e.type->underlying->key, *elemType = e.type->underlying->elem;
  std::vector<llvm::Constant *> keys, values;
  for (const ast::KeyedElement &elem : e.elems) {
    if (!elem.key->constant.isKnown() || !elem.value->constant.isKnown()) continue;
    keys.push_back(constant(elem.key->constant, keyType));
    values.push_back(constant(elem.value->constant, elemType));
  }
  auto table = [&](const Type *t, const std::vector<llvm::Constant *> &items, const char *name) {
    auto *arrayType = llvm::ArrayType::get(lower(t), items.size());
    return new llvm::GlobalVariable(*module_, arrayType, true, llvm::GlobalValue::PrivateLinkage,
                                    llvm::ConstantArray::get(arrayType, items), name);
  };
  llvm::GlobalVariable *keyTable = table(keyType, keys, "map.keys"), *valueTable = table(elemType, values, "map.values");
  llvm::BasicBlock *before = builder_.GetInsertBlock();
  llvm::BasicBlock *loop = newBlock("map.init"), *done = newBlock("map.init.done");
  builder_.CreateBr(loop);
  builder_.SetInsertPoint(loop);
  llvm::PHINode *i = builder_.CreatePHI(rt_.i64, 2);
  i->addIncoming(builder_.getInt64(0), before);
  llvm::Value *key = builder_.CreateInBoundsGEP(keyTable->getValueType(), keyTable, {builder_.getInt64(0), i});
  llvm::Value *value = builder_.CreateLoad(
      lower(elemType), builder_.CreateInBoundsGEP(valueTable->getValueType(), valueTable, {builder_.getInt64(0), i}));
  builder_.CreateStore(value, callRuntime(RtFn::MapAssign, {typeDescriptor(e.type), map, key}));
  llvm::Value *next = builder_.CreateAdd(i, builder_.getInt64(1));
  i->addIncoming(next, builder_.GetInsertBlock());
  builder_.CreateCondBr(builder_.CreateICmpULT(next, builder_.getInt64(int64_t(keys.size()))), loop, done);
  builder_.SetInsertPoint(done);
}

// make, and the builtins that take a map operand: len, delete, clear.
llvm::Value *CodeGen::emitMapBuiltin(const EvaluatedCall &ec) {
  const ast::Call &call = *ec.call;
  switch (call.builtin) {
    case Builtin::Make:
      return callRuntime(RtFn::MapMake, {typeDescriptor(call.type),
                                         ec.args.empty() ? builder_.getInt64(0)
                                                         : builder_.CreateIntCast(ec.args[0], rt_.i64, !call.args[0]->type->isUnsigned())});
    case Builtin::Len: return callRuntime(RtFn::MapLen, {ec.args[0]});
    case Builtin::Delete:
      callRuntime(RtFn::MapDelete, {typeDescriptor(call.args[0]->type), ec.args[0], keyAddress(ec.args[1])});
      return nullptr;
    case Builtin::Clear: callRuntime(RtFn::MapClear, {typeDescriptor(call.args[0]->type), ec.args[0]}); return nullptr;
    default: llvm_unreachable("not a map builtin");
  }
}

}  // namespace minigo
