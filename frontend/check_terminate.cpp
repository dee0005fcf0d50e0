// Go's terminating statements (spec "Terminating statements"), for "missing return".
#include "frontend/check_internal.h"

namespace minigo {

static bool isTerminatingList(const Checker &c, const std::vector<ast::StmtPtr> &stmts) {
  // Trailing empty statements do not count.
  for (auto it = stmts.rbegin(); it != stmts.rend(); ++it)
    if (!llvm::isa<ast::Empty>(it->get())) return c.isTerminating(it->get());
  return false;
}

// Does a `break` in `stmts` refer to the enclosing statement, labeled `label` (maybe empty)?
// An unlabeled break inside a nested loop or switch refers to that one; function literals are
// expressions and are not searched.
static bool hasBreak(const std::vector<ast::StmtPtr> &stmts, const std::string &label, bool nested);

static bool hasBreak(const ast::Stmt *s, const std::string &label, bool nested) {
  if (!s) return false;
  switch (s->kind) {
    case ast::Stmt::Kind::Break: {
      const std::string &target = llvm::cast<ast::Break>(s)->label;
      return target.empty() ? !nested : target == label;
    }
    case ast::Stmt::Kind::Block: return hasBreak(llvm::cast<ast::Block>(s)->stmts, label, nested);
    case ast::Stmt::Kind::Labeled: return hasBreak(llvm::cast<ast::Labeled>(s)->stmt.get(), label, nested);
    case ast::Stmt::Kind::If: {
      auto *i = llvm::cast<ast::If>(s);
      return hasBreak(i->then.get(), label, nested) || hasBreak(i->otherwise.get(), label, nested);
    }
    case ast::Stmt::Kind::For: return !label.empty() && hasBreak(llvm::cast<ast::For>(s)->body->stmts, label, true);
    case ast::Stmt::Kind::Switch:
    case ast::Stmt::Kind::TypeSwitch: {
      if (label.empty()) return false;
      const auto &clauses = s->kind == ast::Stmt::Kind::Switch ? llvm::cast<ast::Switch>(s)->clauses
                                                                : llvm::cast<ast::TypeSwitch>(s)->clauses;
      for (const ast::CaseClause &clause : clauses)
        if (hasBreak(clause.body, label, true)) return true;
      return false;
    }
    default: return false;
  }
}

static bool hasBreak(const std::vector<ast::StmtPtr> &stmts, const std::string &label, bool nested) {
  for (const ast::StmtPtr &s : stmts)
    if (hasBreak(s.get(), label, nested)) return true;
  return false;
}

static bool isTerminatingSwitch(const Checker &c, const std::vector<ast::CaseClause> &clauses,
                                const std::string &label) {
  bool hasDefault = false;
  for (const ast::CaseClause &clause : clauses) {
    hasDefault |= clause.isDefault;
    if (hasBreak(clause.body, label, false)) return false;
    if (!clause.fallthrough && !isTerminatingList(c, clause.body)) return false;
  }
  return hasDefault;
}

bool Checker::isTerminating(const ast::Stmt *s, const std::string &label) const {
  switch (s->kind) {
    case ast::Stmt::Kind::Return:
    case ast::Stmt::Kind::Goto: return true;
    case ast::Stmt::Kind::Labeled: {
      auto *l = llvm::cast<ast::Labeled>(s);
      return isTerminating(l->stmt.get(), l->label);
    }
    case ast::Stmt::Kind::ExprStmt: {
      auto *call = llvm::dyn_cast<ast::Call>(llvm::cast<ast::ExprStmt>(s)->expr.get());
      return call && call->callKind == ast::CallKind::Builtin && call->builtin == Builtin::Panic;
    }
    case ast::Stmt::Kind::Block: return isTerminatingList(*this, llvm::cast<ast::Block>(s)->stmts);
    case ast::Stmt::Kind::If: {
      auto *i = llvm::cast<ast::If>(s);
      return i->otherwise && isTerminating(i->then.get()) && isTerminating(i->otherwise.get());
    }
    case ast::Stmt::Kind::For: {
      auto *f = llvm::cast<ast::For>(s);
      return !f->cond && !hasBreak(f->body->stmts, label, false);
    }
    case ast::Stmt::Kind::Switch: return isTerminatingSwitch(*this, llvm::cast<ast::Switch>(s)->clauses, label);
    case ast::Stmt::Kind::TypeSwitch:
      return isTerminatingSwitch(*this, llvm::cast<ast::TypeSwitch>(s)->clauses, label);
    default: return false;
  }
}

}  // namespace minigo
