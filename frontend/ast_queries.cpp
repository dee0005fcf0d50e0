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
  if (auto *index = llvm::dyn_cast<ast::Index>(&x)) {  // a string's bytes and a map's values are not variables; a slice's are
    TypeKind base = index->base->type->kind;
    return base == TypeKind::Pointer || base == TypeKind::Slice || (base == TypeKind::Array && isAddressable(*index->base));
  }
  return false;
}

bool isBlank(const ast::Expr &e) {
  auto *id = llvm::dyn_cast<ast::Ident>(&unparen(e));
  return id && id->name == "_";
}

bool isMapIndex(const ast::Expr &e) {
  auto *index = llvm::dyn_cast<ast::Index>(&unparen(e));
  return index && index->base->type && index->base->type->kind == TypeKind::Map;
}

bool isReceive(const ast::Expr &e) {
  auto *u = llvm::dyn_cast<ast::Unary>(&unparen(e));
  return u && u->op == ast::UnaryOp::Recv;
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
    case K::SliceExpr: {
      auto &slice = llvm::cast<ast::SliceExpr>(e);
      visit(*slice.base);
      for (const ast::ExprPtr *index : {&slice.low, &slice.high, &slice.max})
        if (*index) visit(**index);
      return;
    }
    case K::TypeAssert: return visit(*llvm::cast<ast::TypeAssert>(e).operand);
    case K::Paren: return visit(*llvm::cast<ast::Paren>(e).inner);
    case K::ImplicitConv: return visit(*llvm::cast<ast::ImplicitConv>(e).operand);
    case K::CompositeLit:
      for (const ast::KeyedElement &elem : llvm::cast<ast::CompositeLit>(e).elems) {
        if (elem.key && e.type && e.type->kind == TypeKind::Map) visit(*elem.key);  // keys of other literals are names or constants
        visit(*elem.value);
      }
      return;
    case K::IntLit:
    case K::FloatLit:
    case K::StringLit:
    case K::Ident:
    case K::FuncLit:
    case K::TypeOperand: return;
  }
}

void forEachChild(const ast::Stmt &s, llvm::function_ref<void(const ast::Stmt &)> onStmt,
                  llvm::function_ref<void(const ast::Expr &)> onExpr) {
  auto optional = [&](const ast::StmtPtr &child) {
    if (child) onStmt(*child);
  };
  auto stmts = [&](const std::vector<ast::StmtPtr> &list) {
    for (const ast::StmtPtr &child : list) onStmt(*child);
  };
  auto exprs = [&](const std::vector<ast::ExprPtr> &list) {
    for (const ast::ExprPtr &e : list) onExpr(*e);
  };
  auto switchParts = [&](const ast::StmtPtr &init, const ast::ExprPtr &tag, const std::vector<ast::CaseClause> &clauses) {
    optional(init);
    if (tag) onExpr(*tag);
    for (const ast::CaseClause &clause : clauses) exprs(clause.exprs), stmts(clause.body);
  };
  using K = ast::Stmt::Kind;
  switch (s.kind) {
    case K::ExprStmt: return onExpr(*llvm::cast<ast::ExprStmt>(s).expr);
    case K::VarDecl: return exprs(llvm::cast<ast::VarDecl>(s).values);
    case K::ConstDecl: return exprs(llvm::cast<ast::ConstDecl>(s).values);
    case K::ShortVarDecl:
      for (const auto &id : llvm::cast<ast::ShortVarDecl>(s).lhs) onExpr(*id);
      return exprs(llvm::cast<ast::ShortVarDecl>(s).values);
    case K::Assign: return exprs(llvm::cast<ast::Assign>(s).lhs), exprs(llvm::cast<ast::Assign>(s).rhs);
    case K::IncDec: return onExpr(*llvm::cast<ast::IncDec>(s).target);
    case K::Block: return stmts(llvm::cast<ast::Block>(s).stmts);
    case K::If: {
      auto &i = llvm::cast<ast::If>(s);
      optional(i.init);
      onExpr(*i.cond);
      onStmt(*i.then);
      return optional(i.otherwise);
    }
    case K::For: {
      auto &f = llvm::cast<ast::For>(s);
      if (f.rangeClause) exprs(f.rangeClause->lhs), onExpr(*f.rangeClause->x);
      optional(f.init);
      if (f.cond) onExpr(*f.cond);
      optional(f.post);
      return onStmt(*f.body);
    }
    case K::Switch: {
      auto &sw = llvm::cast<ast::Switch>(s);
      return switchParts(sw.init, sw.tag, sw.clauses);
    }
    case K::TypeSwitch: {
      auto &ts = llvm::cast<ast::TypeSwitch>(s);
      return switchParts(ts.init, ts.subject, ts.clauses);
    }
    case K::Labeled: return onStmt(*llvm::cast<ast::Labeled>(s).stmt);
    case K::Return: return exprs(llvm::cast<ast::Return>(s).values);
    case K::Defer: return onExpr(*llvm::cast<ast::DeferStmt>(s).call);
    case K::Go: return onExpr(*llvm::cast<ast::GoStmt>(s).call);
    case K::Send: return onExpr(*llvm::cast<ast::SendStmt>(s).chan), onExpr(*llvm::cast<ast::SendStmt>(s).value);
    case K::Select:
      for (const ast::CommClause &c : llvm::cast<ast::SelectStmt>(s).clauses) {
        optional(c.comm);
        for (const ast::StmtPtr &body : c.body) onStmt(*body);
      }
      return;
    case K::TypeDecl:
    case K::Break:
    case K::Continue:
    case K::Goto:
    case K::Empty: return;
  }
}

bool containsCall(const ast::Expr &e) {
  if (auto *call = llvm::dyn_cast<ast::Call>(&e);
      call && call->callKind != ast::CallKind::Conversion && !call->constant.isKnown())
    return true;
  bool found = false;
  forEachOperand(e, [&](const ast::Expr &operand) { found = found || containsCall(operand); });
  return found;
}

}  // namespace minigo
