// Labels: labeled statements, goto, and break/continue with a label.
#include "frontend/check_internal.h"

namespace minigo {

void Checker::checkLabeled(ast::Labeled &s) {
  if (s.label != "_") {
    auto [it, added] = fn_->labels.try_emplace(s.label, FuncContext::Label{&s, fn_->path});
    if (!added) error(s.labelLoc, "label `" + s.label + "` already defined");
  }
  fn_->enclosingLabels.push_back(&s);
  checkStmt(*s.stmt);
  fn_->enclosingLabels.pop_back();
}

// A break or continue label must be on an enclosing statement it can leave or repeat; a goto
// label anywhere in the body (checked once the body is done).
void Checker::checkBranch(ast::Stmt &s, const std::string &label) {
  bool valid = false;
  for (ast::Labeled *l : fn_->enclosingLabels) {
    if (l->label != label) continue;
    ast::Stmt::Kind target = l->stmt->kind;
    bool loop = target == ast::Stmt::Kind::For;
    bool breakable = loop || target == ast::Stmt::Kind::Switch || target == ast::Stmt::Kind::TypeSwitch;
    valid = s.kind == ast::Stmt::Kind::Continue ? loop : breakable;
  }
  fn_->jumps.push_back({&s, fn_->path, valid});
}

// Is `inner` inside the statement list that `outer` ends in, at or after its index?
static bool within(const FuncContext::StmtPath &outer, const FuncContext::StmtPath &inner) {
  if (outer.size() > inner.size()) return false;
  for (size_t i = 0; i + 1 < outer.size(); ++i)
    if (outer[i] != inner[i]) return false;
  return outer.back().first == inner[outer.size() - 1].first;
}

void Checker::checkJumps(FuncContext &fn) {
  // A goto may run a defer statement again, as a loop does: its deferred calls then go on the
  // runtime's chain.
  bool hasGoto = false;
  for (const FuncContext::Jump &jump : fn.jumps) hasGoto |= llvm::isa<ast::Goto>(jump.stmt);
  if (hasGoto && !fn.info->defers.empty()) {
    fn.info->deferInLoop = true;
    for (ast::DeferStmt *d : fn.info->defers) d->inLoop = true;
  }
  for (const FuncContext::Jump &jump : fn.jumps) {
    std::string label;
    llvm::SMLoc at;
    const char *keyword = "goto";
    if (auto *b = llvm::dyn_cast<ast::Break>(jump.stmt)) label = b->label, at = b->labelLoc, keyword = "break";
    else if (auto *c = llvm::dyn_cast<ast::Continue>(jump.stmt)) label = c->label, at = c->labelLoc, keyword = "continue";
    else label = llvm::cast<ast::Goto>(jump.stmt)->label, at = llvm::cast<ast::Goto>(jump.stmt)->labelLoc;
    auto it = fn.labels.find(label);
    if (it == fn.labels.end()) {
      error(at, std::string(keyword) == "goto" ? "label `" + label + "` not defined"
                                               : std::string(keyword) + " label not defined: `" + label + "`");
      continue;
    }
    FuncContext::Label &target = it->second;
    target.used = true;
    if (!llvm::isa<ast::Goto>(jump.stmt)) {
      if (!jump.valid) error(at, "invalid " + std::string(keyword) + " label `" + label + "`");
      continue;
    }
    // A goto may not jump into a block, nor forward over a variable declaration.
    if (!within(target.at, jump.at)) {
      error(at, "goto `" + label + "` jumps into block");
      continue;
    }
    const auto &[list, labelIndex] = target.at.back();
    size_t gotoIndex = jump.at[target.at.size() - 1].second;
    for (size_t i = gotoIndex + 1; i < labelIndex; ++i) {
      const ast::Stmt *s = (*list)[i].get();
      while (auto *labeled = llvm::dyn_cast<ast::Labeled>(s)) s = labeled->stmt.get();  // `L: x := 1`
      if (s->kind == ast::Stmt::Kind::VarDecl || s->kind == ast::Stmt::Kind::ShortVarDecl) {
        unsigned line = diags_.sources().getLineAndColumn(s->range.Start).first;
        error(at, "goto `" + label + "` jumps over variable declaration at line " + std::to_string(line));
        break;
      }
    }
  }
  for (auto &[name, label] : fn.labels)
    if (!label.used) error(label.stmt->labelLoc, "label `" + name + "` declared and not used");
}

}  // namespace minigo
