// Statements: blocks and their scopes, control flow, return, defer.
#include "frontend/check_internal.h"
#include "frontend/check_multi_value.h"

#include <algorithm>

namespace minigo {

using ast::Object;

void Checker::checkStmts(std::vector<ast::StmtPtr> &stmts) {
  if (fn_) fn_->path.push_back({&stmts, 0});
  for (size_t i = 0; i < stmts.size(); ++i) {
    if (fn_) fn_->path.back().second = i;
    checkStmt(*stmts[i]);
  }
  if (fn_) fn_->path.pop_back();
}

void Checker::checkBody(ast::Block &body) {
  openScope();
  checkStmts(body.stmts);
  closeScope();
}

void Checker::checkStmt(ast::Stmt &s) {
  switch (s.kind) {
    case ast::Stmt::Kind::ExprStmt: checkExprStmt(llvm::cast<ast::ExprStmt>(s)); break;
    case ast::Stmt::Kind::VarDecl: checkVarDecl(llvm::cast<ast::VarDecl>(s), false); break;
    case ast::Stmt::Kind::ConstDecl: checkConstDecl(llvm::cast<ast::ConstDecl>(s), false); break;
    case ast::Stmt::Kind::TypeDecl: checkTypeDecl(llvm::cast<ast::TypeDecl>(s)); break;
    case ast::Stmt::Kind::ShortVarDecl: checkShortVarDecl(llvm::cast<ast::ShortVarDecl>(s)); break;
    case ast::Stmt::Kind::Assign: checkAssign(llvm::cast<ast::Assign>(s)); break;
    case ast::Stmt::Kind::IncDec: checkIncDec(llvm::cast<ast::IncDec>(s)); break;
    case ast::Stmt::Kind::Block: checkBody(llvm::cast<ast::Block>(s)); break;
    case ast::Stmt::Kind::If: checkIf(llvm::cast<ast::If>(s)); break;
    case ast::Stmt::Kind::For: checkFor(llvm::cast<ast::For>(s)); break;
    case ast::Stmt::Kind::Switch: checkSwitch(llvm::cast<ast::Switch>(s)); break;
    case ast::Stmt::Kind::TypeSwitch: checkTypeSwitch(llvm::cast<ast::TypeSwitch>(s)); break;
    case ast::Stmt::Kind::Break:
      if (!llvm::cast<ast::Break>(s).label.empty()) return checkBranch(s, llvm::cast<ast::Break>(s).label);
      if (fn_->loopDepth == 0 && fn_->switchDepth == 0)
        error(s.range.Start, "break is not in a loop, switch, or select");
      break;
    case ast::Stmt::Kind::Continue:
      if (!llvm::cast<ast::Continue>(s).label.empty()) return checkBranch(s, llvm::cast<ast::Continue>(s).label);
      if (fn_->loopDepth == 0) error(s.range.Start, "continue is not in a loop");
      break;
    case ast::Stmt::Kind::Goto: return checkBranch(s, llvm::cast<ast::Goto>(s).label);
    case ast::Stmt::Kind::Labeled: return checkLabeled(llvm::cast<ast::Labeled>(s));
    case ast::Stmt::Kind::Return: checkReturn(llvm::cast<ast::Return>(s)); break;
    case ast::Stmt::Kind::Defer: checkDefer(llvm::cast<ast::DeferStmt>(s)); break;
    case ast::Stmt::Kind::Go: checkGo(llvm::cast<ast::GoStmt>(s)); break;
    case ast::Stmt::Kind::Send: checkSend(llvm::cast<ast::SendStmt>(s)); break;
    case ast::Stmt::Kind::Select: checkSelect(llvm::cast<ast::SelectStmt>(s)); break;
    case ast::Stmt::Kind::Empty: break;
  }
}

void Checker::checkExprStmt(ast::ExprStmt &s) {
  auto *call = llvm::dyn_cast<ast::Call>(s.expr.get());
  if (isReceive(*s.expr)) return checkExpr(s.expr);  // `<-c` alone waits for a value and drops it
  if (!call) {
    checkExpr(s.expr);
    if (s.expr->type != invalid()) error(s.expr->range.Start, describe(*s.expr) + " is not used");
    if (s.expr->type->isUntyped()) defaultize(s.expr, "expression statement");
    return;
  }
  checkCall(*call, /*asStatement=*/true);
  bool discardsValue = call->callKind == ast::CallKind::Conversion ||
                       (call->callKind == ast::CallKind::Builtin && builtinIsPure(call->builtin));
  if (discardsValue && call->type != invalid()) error(call->range.Start, describe(*call) + " is not used");
}

void Checker::checkIncDec(ast::IncDec &s) {
  const Type *t = checkLvalue(s.target);
  if (!t) {
    error(s.target->range.Start, "cannot use `_` as value");
    s.target->type = invalid();
  } else if (t != invalid() && !t->isNumeric()) {
    error(s.target->range.Start, "invalid operation: `" + sourceText(*s.target) + (s.increment ? "++" : "--") +
                                     "` (non-numeric type " + typeName(t) + ")");
  }
}

void Checker::checkCondition(ast::ExprPtr &cond, const char *statement) {
  if (!checkSingle(cond)) return;
  if (!cond->type->isBoolLike()) {
    error(cond->range.Start, std::string("non-boolean condition in ") + statement + " statement");
    return;
  }
  finalize(*cond, types_.boolType());
}

void Checker::checkIf(ast::If &s) {
  openScope();
  if (s.init) checkStmt(*s.init);
  checkCondition(s.cond, "if");
  checkBody(*s.then);
  if (s.otherwise) checkStmt(*s.otherwise);
  closeScope();
}

void Checker::checkFor(ast::For &s) {
  if (s.rangeClause) return checkRangeFor(s);
  openScope();
  if (s.init) {
    checkStmt(*s.init);
    // Go 1.22: each iteration of a three-clause loop has its own copy of the init variables.
    if (auto *decl = llvm::dyn_cast<ast::ShortVarDecl>(s.init.get()))
      for (size_t i = 0; i < decl->lhs.size(); ++i)
        if (decl->isNew[i]) decl->lhs[i]->object->isPerIterationLoopVar = true;
  }
  if (s.cond) checkCondition(s.cond, "for");
  if (s.post) checkStmt(*s.post);
  ++fn_->loopDepth;
  checkBody(*s.body);
  --fn_->loopDepth;
  closeScope();
}

// Checks a clause body in its own scope; `bound` (a type switch variable) is declared in it.
static void checkClauseBody(Checker &c, ast::CaseClause &clause, Object *bound) {
  c.openScope();
  if (bound) c.declare(bound);
  ++c.fn_->switchDepth;
  c.checkStmts(clause.body);
  --c.fn_->switchDepth;
  c.closeScope();
}

static void checkDefaults(Checker &c, std::vector<ast::CaseClause> &clauses) {
  bool seenDefault = false;
  for (ast::CaseClause &clause : clauses) {
    if (clause.isDefault && seenDefault) c.error(clause.range.Start, "multiple defaults in switch");
    seenDefault |= clause.isDefault;
  }
}

void Checker::checkSwitch(ast::Switch &s) {
  openScope();
  if (s.init) checkStmt(*s.init);
  const Type *tagType = types_.boolType();
  if (s.tag) {
    tagType = invalid();
    if (checkSingle(s.tag) && defaultize(s.tag, "switch expression")) tagType = s.tag->type;
    // A func may be switched on, with nil cases only.
    if (tagType != invalid() && !comparable(tagType) && !tagType->isNilable()) {
      error(s.tag->range.Start, "cannot switch on " + describe(*s.tag) + " (" + incomparableReason(tagType) + ")");
      tagType = invalid();
    }
  }
  checkDefaults(*this, s.clauses);
  std::vector<const ast::Expr *> constants;  // case values seen so far, for duplicates
  auto isDuplicate = [&](const ast::Expr &value) {
    if (!value.constant.isKnown() || value.type != tagType) return false;
    for (const ast::Expr *seen : constants)
      if (seen->constant == value.constant) return true;
    constants.push_back(&value);
    return false;
  };
  for (ast::CaseClause &clause : s.clauses) {
    for (ast::ExprPtr &value : clause.exprs) {
      if (!checkSingle(value) || tagType == invalid()) continue;
      bool isNil = value->type->kind == TypeKind::UntypedNil;
      const Type *concrete = tagType->isInterface() ? value->type : tagType;
      if (!isNil && concrete != invalid() && !comparable(concrete)) {
        error(value->range.Start, "invalid case " + describe(*value) + " in switch on `" + sourceText(*s.tag) + "` (" +
                                      incomparableReason(concrete) + ")");
        continue;
      }
      if (convertOperand(*value, tagType) && value->type == tagType) {
        if (isDuplicate(*value))
          error(value->range.Start, "duplicate case `" + sourceText(*value) + "` in expression switch");
        continue;
      }
      if (value->type == invalid()) continue;
      if (tagType->isInterface() && implements(value->type, tagType)) {
        wrapInterface(value, tagType);
        continue;
      }
      if (s.tag)
        error(value->range.Start, "invalid case " + describe(*value) + " in switch on `" + sourceText(*s.tag) +
                                      "` (mismatched types " + typeName(value->type) + " and " + typeName(tagType) + ")");
      else
        error(value->range.Start, "invalid case " + describe(*value) + " in switch (mismatched types " +
                                      typeName(value->type) + " and bool)");
    }
    checkClauseBody(*this, clause, nullptr);
  }
  if (!s.clauses.empty() && s.clauses.back().fallthrough)
    error(s.clauses.back().range.Start, "cannot fallthrough final case in switch");
  closeScope();
}

void Checker::checkTypeSwitch(ast::TypeSwitch &s) {
  openScope();
  if (s.init) checkStmt(*s.init);
  const Type *subject = invalid();
  if (checkSingle(s.subject)) {
    if (s.subject->type->isInterface()) subject = s.subject->type;
    else error(s.subject->range.Start, describe(*s.subject) + " is not an interface");
  }
  checkDefaults(*this, s.clauses);
  std::vector<Object *> bound;
  std::vector<const Type *> seen;  // case types so far (nullptr: nil), for duplicates
  for (ast::CaseClause &clause : s.clauses) {
    const Type *single = nullptr;
    for (ast::TypeExprPtr &type : clause.types) {
      const Type *t = type ? resolveType(*type) : nullptr;
      if (std::find(seen.begin(), seen.end(), t) != seen.end()) {
        error(type ? type->range.Start : clause.range.Start,
              "duplicate case " + (t ? typeName(t) : std::string("nil")) + " in type switch");
      }
      seen.push_back(t);
      if (!type) continue;  // case nil
      single = t;
      if (t != invalid() && subject != invalid() && !t->isInterface() && !implements(t, subject))
        error(type->range.Start, "impossible type switch case: " + describe(*s.subject) +
                                     " cannot have dynamic type " + typeName(t) + " (" +
                                     missingMethodReason(t, subject) + ")");
    }
    Object *var = nullptr;
    if (!s.binding.empty()) {
      bool one = clause.types.size() == 1 && clause.types[0];
      var = newObject(Object::Kind::Var, s.binding, s.bindingLoc, one ? single : subject);
      var->owner = fn_->info;
      clause.boundVar = var;
      bound.push_back(var);
    }
    checkClauseBody(*this, clause, var);
  }
  // Go reports the binding once, when no clause uses it.
  bool anyUsed = bound.empty();
  for (Object *var : bound) anyUsed |= used_.count(var) != 0;
  if (!anyUsed) error(s.bindingLoc, "declared and not used: `" + s.binding + "`");
  closeScope();
}

void Checker::checkReturn(ast::Return &r) {
  ast::FunctionInfo &info = *fn_->info;
  const std::vector<const Type *> &want = info.signature->results;
  if (r.values.empty()) {
    if (!want.empty() && !info.namedResults) return error(r.range.Start, "not enough return values");
    // A bare return assigns nothing: gc rejects one where an inner declaration hides a result,
    // which the reader would take for the value returned.
    for (Object *result : info.results) {
      if (result->name.empty()) continue;  // a blank result
      Object *visible = scope_->find(result->name);
      if (visible != result)
        error(r.range.Start, "result parameter `" + result->name + "` not in scope at return", visible->loc,
              "inner declaration of `var " + result->name + " " + typeName(result->type) + "`");
    }
    return;
  }
  for (ast::ExprPtr &value : r.values) checkExpr(value);
  // `return f()` with a multi-value f.
  const Type *first = r.values[0]->type;
  if (r.values.size() == 1 && first->kind == TypeKind::Tuple && first->results.size() >= 2) {
    if (first->results.size() != want.size())
      return error(r.values[0]->range.Start, first->results.size() > want.size() ? "too many return values"
                                                                                  : "not enough return values");
    assignMultiValue(*this, r.values[0], first->results, want, "return statement");
    return;
  }
  bool ok = true;
  for (ast::ExprPtr &value : r.values) ok &= requireSingle(*value);
  if (r.values.size() > want.size()) return error(r.values[want.size()]->range.Start, "too many return values");
  if (r.values.size() < want.size()) return error(r.values.back()->range.Start, "not enough return values");
  for (size_t i = 0; ok && i < want.size(); ++i) assign(r.values[i], want[i], "return statement");
}

void Checker::checkDefer(ast::DeferStmt &d) {
  ast::FunctionInfo &info = *fn_->info;
  d.index = int(info.defers.size());
  d.inLoop = fn_->loopDepth > 0;
  info.defers.push_back(&d);
  info.deferInLoop |= d.inLoop;
  ast::Call &call = *d.call;
  checkCall(call, /*asStatement=*/true);
  switch (call.callKind) {
    case ast::CallKind::Conversion: error(call.range.Start, "defer requires function call, not conversion"); break;
    case ast::CallKind::Builtin:
      if (builtinIsPure(call.builtin) && call.type != invalid())
        error(call.range.Start, "defer discards result of " + describe(call));
      break;
    case ast::CallKind::Library:
      if (call.builtin == Builtin::ErrorsNew) error(call.range.Start, "unsupported: defer of `errors.New`");
      break;
    default: break;
  }
}

}  // namespace minigo
