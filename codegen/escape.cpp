#include "codegen/escape.h"

#include "frontend/ast_queries.h"

#include <llvm/Support/Casting.h>

namespace minigo {
namespace {

class EscapeAnalysis {
 public:
  explicit EscapeAnalysis(EscapeInfo &info) : info_(info) {}

  void globals(const ast::File &file) {
    for (const auto &g : file.globals)
      if (auto *decl = llvm::dyn_cast<ast::VarDecl>(g.get())) exprs(decl->values);
  }

  void body(const ast::Block &b, const ast::FunctionInfo &function) {
    const ast::FunctionInfo *outer = function_;
    function_ = &function;
    stmt(b);
    function_ = outer;
  }

 private:
  void stmt(const ast::Stmt &s) {
    using K = ast::Stmt::Kind;
    switch (s.kind) {
      case K::ExprStmt: return expr(*llvm::cast<ast::ExprStmt>(s).expr);
      case K::VarDecl: return exprs(llvm::cast<ast::VarDecl>(s).values);
      case K::ShortVarDecl: return exprs(llvm::cast<ast::ShortVarDecl>(s).values);
      case K::Assign: return exprs(llvm::cast<ast::Assign>(s).lhs), exprs(llvm::cast<ast::Assign>(s).rhs);
      case K::IncDec: return expr(*llvm::cast<ast::IncDec>(s).target);
      case K::Block:
        for (const auto &inner : llvm::cast<ast::Block>(s).stmts) stmt(*inner);
        return;
      case K::If: {
        auto &i = llvm::cast<ast::If>(s);
        optional(i.init.get());
        expr(*i.cond);
        stmt(*i.then);
        return optional(i.otherwise.get());
      }
      case K::For: {
        auto &f = llvm::cast<ast::For>(s);
        optional(f.init.get());
        if (f.cond) expr(*f.cond);
        optional(f.post.get());
        return stmt(*f.body);
      }
      case K::Switch: {
        auto &sw = llvm::cast<ast::Switch>(s);
        optional(sw.init.get());
        if (sw.tag) expr(*sw.tag);
        return clauses(sw.clauses);
      }
      case K::TypeSwitch: {
        auto &ts = llvm::cast<ast::TypeSwitch>(s);
        optional(ts.init.get());
        expr(*ts.subject);
        return clauses(ts.clauses);
      }
      case K::Return: return exprs(llvm::cast<ast::Return>(s).values);
      case K::Defer: {
        auto &d = llvm::cast<ast::DeferStmt>(s);
        // An open-coded defer runs its call before the frame returns.
        call(*d.call, /*calleeStaysInFrame=*/!function_->deferInLoop);
        return;
      }
      case K::Labeled: return stmt(*llvm::cast<ast::Labeled>(s).stmt);
      case K::Goto:
      case K::ConstDecl:
      case K::TypeDecl:
      case K::Break:
      case K::Continue:
      case K::Empty: return;
    }
  }

  void optional(const ast::Stmt *s) {
    if (s) stmt(*s);
  }

  void clauses(const std::vector<ast::CaseClause> &cs) {
    for (const auto &c : cs) {
      exprs(c.exprs);
      for (const auto &s : c.body) stmt(*s);
    }
  }

  void exprs(const std::vector<ast::ExprPtr> &es) {
    for (const auto &e : es) expr(*e);
  }

  void call(const ast::Call &c, bool calleeStaysInFrame) {
    const ast::Expr *callee = c.callee.get();
    while (auto *p = llvm::dyn_cast<ast::Paren>(callee)) callee = p->inner.get();
    if (auto *lit = llvm::dyn_cast<ast::FuncLit>(callee)) funcLit(*lit, calleeStaysInFrame);
    else expr(*c.callee);
    // A pointer method called on a variable takes its address.
    if (c.methodDecl && c.methodDecl->pointerReceiver) {
      auto &sel = llvm::cast<ast::Selector>(unparen(*c.callee));
      if (!sel.throughPointer) addressTaken(*sel.base);
    }
    exprs(c.args);
  }

  // A variable whose address is taken may outlive its frame: it lives on the heap.
  void addressTaken(const ast::Expr &e) {
    if (const ast::Object *root = rootVariable(e)) info_.heapVariables.insert(root);
  }

  void funcLit(const ast::FuncLit &lit, bool staysInFrame) {
    if (staysInFrame) info_.frameClosures.insert(&lit);
    else info_.heapVariables.insert(lit.info.captures.begin(), lit.info.captures.end());
    body(*lit.body, lit.info);
  }

  void expr(const ast::Expr &e) {
    using K = ast::Expr::Kind;
    switch (e.kind) {
      case K::Unary: {
        auto &u = llvm::cast<ast::Unary>(e);
        if (u.op == ast::UnaryOp::AddrOf) addressTaken(*u.operand);
        return expr(*u.operand);
      }
      case K::Index: return expr(*llvm::cast<ast::Index>(e).base), expr(*llvm::cast<ast::Index>(e).index);
      case K::CompositeLit:
        for (const ast::KeyedElement &elem : llvm::cast<ast::CompositeLit>(e).elems) expr(*elem.value);
        return;
      case K::Binary: return expr(*llvm::cast<ast::Binary>(e).lhs), expr(*llvm::cast<ast::Binary>(e).rhs);
      case K::Call: return call(llvm::cast<ast::Call>(e), /*calleeStaysInFrame=*/true);
      case K::Selector: {
        auto &sel = llvm::cast<ast::Selector>(e);
        // A method value of a pointer method holds its variable's address.
        if (sel.isMethodValue && sel.methodDecl && sel.methodDecl->pointerReceiver && !sel.throughPointer)
          addressTaken(*sel.base);
        if (sel.isMethodExpr) return;
        return expr(*sel.base);
      }
      case K::FuncLit: return funcLit(llvm::cast<ast::FuncLit>(e), /*staysInFrame=*/false);
      case K::TypeAssert: return expr(*llvm::cast<ast::TypeAssert>(e).operand);
      case K::Paren: return expr(*llvm::cast<ast::Paren>(e).inner);
      case K::ImplicitConv: return expr(*llvm::cast<ast::ImplicitConv>(e).operand);
      case K::IntLit:
      case K::FloatLit:
      case K::StringLit:
      case K::Ident: return;
    }
  }

  EscapeInfo &info_;
  const ast::FunctionInfo *function_ = nullptr;
};

}  // namespace

EscapeInfo analyzeEscapes(const ast::File &file) {
  EscapeInfo info;
  EscapeAnalysis analysis(info);
  analysis.globals(file);
  for (const auto &f : file.funcs) analysis.body(*f->body, f->info);
  return info;
}

}  // namespace minigo
