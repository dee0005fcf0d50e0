// Go's terminating statements (spec "Terminating statements"), for "missing return".
#include "frontend/check_internal.h"

namespace minigo {

static bool isTerminatingList(const Checker &c, const std::vector<ast::StmtPtr> &stmts) {
  // Trailing empty statements do not count.
  for (auto it = stmts.rbegin(); it != stmts.rend(); ++it)
    if (!llvm::isa<ast::Empty>(it->get())) return c.isTerminating(it->get());
  return false;
}

// Does a `break` in `stmts` refer to the enclosing statement? Breaks inside nested loops and
// switches refer to those; function literals are expressions and are not searched.
static bool hasBreak(const std::vector<ast::StmtPtr> &stmts);

static bool hasBreak(const ast::Stmt *s) {
  if (!s) return false;
  switch (s->kind) {
    case ast::Stmt::Kind::Break: return true;
    case ast::Stmt::Kind::Block: return hasBreak(llvm::cast<ast::Block>(s)->stmts);
    case ast::Stmt::Kind::If: {
      auto *i = llvm::cast<ast::If>(s);
      return hasBreak(i->then.get()) || hasBreak(i->otherwise.get());
    }
    default: return false;
  }
}

static bool hasBreak(const std::vector<ast::StmtPtr> &stmts) {
  for (const ast::StmtPtr &s : stmts)
    if (hasBreak(s.get())) return true;
  return false;
}

static bool isTerminatingSwitch(const Checker &c, const std::vector<ast::CaseClause> &clauses) {
  bool hasDefault = false;
  for (const ast::CaseClause &clause : clauses) {
    hasDefault |= clause.isDefault;
    if (hasBreak(clause.body)) return false;
    if (!clause.fallthrough && !isTerminatingList(c, clause.body)) return false;
  }
  return hasDefault;
}

bool Checker::isTerminating(const ast::Stmt *s) const {
  switch (s->kind) {
    case ast::Stmt::Kind::Return: return true;
    case ast::Stmt::Kind::ExprStmt: {
      auto *call = llvm::dyn_cast<ast::Call>(llvm::cast<ast::ExprStmt>(s)->expr.get());
      return call && call->callKind == ast::CallKind::Builtin && call->builtin == "panic";
    }
    case ast::Stmt::Kind::Block: return isTerminatingList(*this, llvm::cast<ast::Block>(s)->stmts);
    case ast::Stmt::Kind::If: {
      auto *i = llvm::cast<ast::If>(s);
      return i->otherwise && isTerminating(i->then.get()) && isTerminating(i->otherwise.get());
    }
    case ast::Stmt::Kind::For: {
      auto *f = llvm::cast<ast::For>(s);
      return !f->cond && !hasBreak(f->body->stmts);
    }
    case ast::Stmt::Kind::Switch: return isTerminatingSwitch(*this, llvm::cast<ast::Switch>(s)->clauses);
    case ast::Stmt::Kind::TypeSwitch: return isTerminatingSwitch(*this, llvm::cast<ast::TypeSwitch>(s)->clauses);
    default: return false;
  }
}

}  // namespace minigo
