// Parse tree -> AST: the statements of goroutines and channels (go, send, select).
#include "frontend/ast_queries.h"
#include "frontend/parse_to_ast.h"

namespace minigo {

ast::StmtPtr AstBuilder::convert(const pt::GoStmt &s) {
  ast::ExprPtr call = expr(s.call);
  if (!llvm::isa<ast::Call>(call.get())) {
    diags_.error(call->range.Start, "expression in go must be function call");
    return nullptr;
  }
  auto stmt = std::make_unique<ast::GoStmt>();
  stmt->range = range(s);
  stmt->call.reset(llvm::cast<ast::Call>(call.release()));
  return stmt;
}

// `c <- v`: the simple statement whose operator is `<-`.
ast::StmtPtr AstBuilder::sendStmt(const pt::SimpleStmt &s) {
  const pt::SimpleTail &tail = *s.tail;
  if (s.lhs.size() != 1 || tail.rhs.size() != 1) {
    llvm::SMLoc at = s.lhs.size() != 1 ? range(s.lhs[0]).End : range(tail.rhs[0]).End;
    diags_.error(at, "syntax error: unexpected comma at end of statement");
    return nullptr;
  }
  auto stmt = std::make_unique<ast::SendStmt>();
  stmt->range = range(s);
  stmt->chan = expr(s.lhs[0]);
  stmt->value = expr(tail.rhs[0]);
  return stmt;
}

namespace {

// Is the statement of a `case` a communication: a send, or a receive alone or assigned
// (`v = <-c`, `v, ok := <-c`)?
bool isCommunication(const ast::Stmt &s) {
  if (llvm::isa<ast::SendStmt>(s)) return true;
  if (auto *e = llvm::dyn_cast<ast::ExprStmt>(&s)) return isReceive(*e->expr);
  if (auto *a = llvm::dyn_cast<ast::Assign>(&s))
    return a->op == ast::AssignOp::Plain && a->rhs.size() == 1 && a->lhs.size() <= 2 && isReceive(*a->rhs[0]);
  if (auto *d = llvm::dyn_cast<ast::ShortVarDecl>(&s))
    return d->values.size() == 1 && d->lhs.size() <= 2 && isReceive(*d->values[0]);
  return false;
}

}  // namespace

ast::StmtPtr AstBuilder::convert(const pt::SelectStmt &s) {
  auto stmt = std::make_unique<ast::SelectStmt>();
  stmt->range = range(s);
  for (const pt::CommClause &c : s.clauses) {
    ast::CommClause clause;
    clause.loc = range(c).Start;
    if (!c.comm.lhs.empty()) {  // `case`; `default` has no statement
      clause.comm = convert(c.comm);
      if (!clause.comm) continue;
      // The rule that reads `case` annotates the statement too: it starts at its first operand.
      clause.comm->range.Start = range(c.comm.lhs[0]).Start;
      if (!isCommunication(*clause.comm)) {
        diags_.error(clause.comm->range.Start, "select case must be send or receive (possibly with assignment)");
        continue;
      }
    }
    for (const pt::Statement &body : c.body) statementInto(body, clause.body);
    stmt->clauses.push_back(std::move(clause));
  }
  return stmt;
}

}  // namespace minigo
