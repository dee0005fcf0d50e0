// Addressable locations, pointers and structs. Every store goes through emitAddress: `=`,
// `op=`, `++`/`--`, `&x`, and the receiver of a pointer method.
#include "codegen/codegen_impl.h"
#include "frontend/ast_queries.h"

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

llvm::Value *CodeGen::emit(const ast::Selector &e) { return load(walkPath(*e.base, e.path)); }

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
  llvm::Value *v = zeroValue(e.type);
  for (size_t i = 0; i < e.elems.size(); ++i) v = builder_.CreateInsertValue(v, emit(*e.elems[i].value), e.fieldIndex[i]);
  return v;
}

// Go's == on structs: every non-blank field equal.
llvm::Value *CodeGen::emitStructEqual(llvm::Value *l, llvm::Value *r, const Type *t) {
  llvm::Value *all = builder_.getTrue();
  const std::vector<Field> &fields = t->underlying->fields;
  for (unsigned i = 0; i < fields.size(); ++i) {
    if (fields[i].name == "_") continue;
    llvm::Value *eq = emitComparison(ast::BinaryOp::Eq, builder_.CreateExtractValue(l, i), builder_.CreateExtractValue(r, i),
                                     fields[i].type);
    all = builder_.CreateAnd(all, eq);
  }
  return all;
}

}  // namespace minigo
