#include "frontend/ast_queries.h"

#include <llvm/Support/Casting.h>

namespace minigo {

const ast::Expr &unparen(const ast::Expr &e) {
  const ast::Expr *p = &e;
  while (auto *paren = llvm::dyn_cast<ast::Paren>(p)) p = paren->inner.get();
  return *p;
}

bool isAddressable(const ast::Expr &e) {
  const ast::Expr &x = unparen(e);
  if (auto *id = llvm::dyn_cast<ast::Ident>(&x)) return id->object && id->object->kind == ast::Object::Kind::Var;
  if (auto *u = llvm::dyn_cast<ast::Unary>(&x)) return u->op == ast::UnaryOp::Deref;
  if (auto *sel = llvm::dyn_cast<ast::Selector>(&x)) return sel->isField && (sel->throughPointer || isAddressable(*sel->base));
  if (auto *index = llvm::dyn_cast<ast::Index>(&x)) return index->base->type->kind == TypeKind::Pointer || isAddressable(*index->base);
  return false;
}

bool containsCall(const ast::Expr &e) {
  const ast::Expr &x = unparen(e);
  if (llvm::isa<ast::Call>(x)) return true;
  if (auto *u = llvm::dyn_cast<ast::Unary>(&x)) return containsCall(*u->operand);
  if (auto *b = llvm::dyn_cast<ast::Binary>(&x)) return containsCall(*b->lhs) || containsCall(*b->rhs);
  if (auto *sel = llvm::dyn_cast<ast::Selector>(&x)) return containsCall(*sel->base);
  if (auto *index = llvm::dyn_cast<ast::Index>(&x)) return containsCall(*index->base) || containsCall(*index->index);
  return false;
}

const ast::Object *rootVariable(const ast::Expr &e) {
  const ast::Expr &x = unparen(e);
  if (auto *id = llvm::dyn_cast<ast::Ident>(&x))
    return id->object && id->object->kind == ast::Object::Kind::Var ? id->object : nullptr;
  if (auto *sel = llvm::dyn_cast<ast::Selector>(&x)) return sel->isField && !sel->throughPointer ? rootVariable(*sel->base) : nullptr;
  if (auto *index = llvm::dyn_cast<ast::Index>(&x))
    return index->base->type->kind == TypeKind::Array ? rootVariable(*index->base) : nullptr;
  return nullptr;
}

}  // namespace minigo
