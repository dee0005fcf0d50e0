// Go's terminating statements (spec "Terminating statements"), for "missing return".
#include "frontend/check_internal.h"

namespace minigo {

static bool isTerminatingList(const Checker &c, const std::vector<ast::StmtPtr> &stmts) {
  // Trailing empty statements do not count.
  for (auto it = stmts.rbegin(); it != stmts.rend(); ++it)
    if (!llvm::isa<ast::Empty>(it->get())) return c.isTerminating(it->get());
  return false;
}

// Does a `break` inside `s` leave the loop or switch being examined, labeled `label` (maybe
// empty)? An unlabeled one does unless `nested` inside another loop or switch, which it leaves
// instead. Function literals are expressions and are not searched.
static bool hasBreak(const ast::Stmt &s, const std::string &label, bool nested) {
  bool found = false;
  forEachChild(s, [&](const ast::Stmt &child) {
    if (found) return;
    if (auto *b = llvm::dyn_cast<ast::Break>(&child)) found = b->label.empty() ? !nested : b->label == label;
    else if (llvm::isa<ast::For, ast::Switch, ast::TypeSwitch, ast::SelectStmt>(child)) found = !label.empty() && hasBreak(child, label, true);
    else found = hasBreak(child, label, nested);
  });
  return found;
}

static bool isTerminatingSwitch(const Checker &c, const ast::Stmt &s, const std::vector<ast::CaseClause> &clauses,
                                const std::string &label) {
  if (hasBreak(s, label, false)) return false;
  bool hasDefault = false;
  for (const ast::CaseClause &clause : clauses) {
    hasDefault |= clause.isDefault;
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
      return !f->cond && !f->rangeClause && !hasBreak(*f, label, false);
    }
    case ast::Stmt::Kind::Switch: return isTerminatingSwitch(*this, *s, llvm::cast<ast::Switch>(s)->clauses, label);
    case ast::Stmt::Kind::TypeSwitch:
      return isTerminatingSwitch(*this, *s, llvm::cast<ast::TypeSwitch>(s)->clauses, label);
    case ast::Stmt::Kind::Select: {  // no break, and every clause terminates (`select {}` too)
      if (hasBreak(*s, label, false)) return false;
      for (const ast::CommClause &clause : llvm::cast<ast::SelectStmt>(s)->clauses)
        if (!isTerminatingList(*this, clause.body)) return false;
      return true;
    }
    default: return false;
  }
}

}  // namespace minigo
