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

void forEachOperand(const ast::Expr &e, llvm::function_ref<void(const ast::Expr &)> visit) {
  using K = ast::Expr::Kind;
  switch (e.kind) {
    case K::Unary: return visit(*llvm::cast<ast::Unary>(e).operand);
    case K::Binary: return visit(*llvm::cast<ast::Binary>(e).lhs), visit(*llvm::cast<ast::Binary>(e).rhs);
    case K::Call: {
      auto &call = llvm::cast<ast::Call>(e);
      visit(*call.callee);
      for (const ast::ExprPtr &arg : call.args) visit(*arg);
      return;
    }
    case K::Selector: return visit(*llvm::cast<ast::Selector>(e).base);
    case K::Index: return visit(*llvm::cast<ast::Index>(e).base), visit(*llvm::cast<ast::Index>(e).index);
    case K::TypeAssert: return visit(*llvm::cast<ast::TypeAssert>(e).operand);
    case K::Paren: return visit(*llvm::cast<ast::Paren>(e).inner);
    case K::ImplicitConv: return visit(*llvm::cast<ast::ImplicitConv>(e).operand);
    case K::CompositeLit:
      for (const ast::KeyedElement &elem : llvm::cast<ast::CompositeLit>(e).elems) visit(*elem.value);
      return;
    case K::IntLit:
    case K::FloatLit:
    case K::StringLit:
    case K::Ident:
    case K::FuncLit:
    case K::TypeOperand: return;
  }
}

bool containsCall(const ast::Expr &e) {
  if (auto *call = llvm::dyn_cast<ast::Call>(&e); call && call->callKind != ast::CallKind::Conversion) return true;
  bool found = false;
  forEachOperand(e, [&](const ast::Expr &operand) { found = found || containsCall(operand); });
  return found;
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
