// Goroutines and channels: go statements, channel types, send and receive, close, select,
// checked with gc's messages.
#include "frontend/check_internal.h"

namespace minigo {

const Type *Checker::resolveChan(ast::TypeExpr &type) {
  const Type *elem = resolveType(*type.elem);
  if (elem == invalid()) return invalid();
  return types_.chan(elem, type.chanDir);
}

void Checker::checkGo(ast::GoStmt &g) {
  ast::Call &call = *g.call;
  checkCall(call, /*asStatement=*/true);
  switch (call.callKind) {
    case ast::CallKind::Conversion: return error(call.range.Start, "go requires function call, not conversion");
    case ast::CallKind::Builtin:
      if (builtinIsPure(call.builtin) && call.type != invalid())
        return error(call.range.Start, "go discards result of " + describe(call));
      break;
    default: break;
  }
}

// The channel operand of a send, receive or close, or null (reported) when it is not one that
// permits the operation. gc names the operand's type before it, except for close.
static const Type *channelOf(Checker &c, const ast::Expr &operand, ChanDir forbidden, const std::string &what) {
  const Type *t = operand.type;
  if (t == c.invalid()) return nullptr;
  const char *problem = t->kind != TypeKind::Chan                  ? "non-channel"
                        : t->underlying->chanDir != forbidden      ? nullptr
                        : forbidden == ChanDir::Recv               ? "receive-only channel"
                                                                   : "send-only channel";
  if (!problem) return t->underlying;
  std::string type = what == "close" ? "" : typeName(t) + " ";
  c.error(operand.range.Start, "invalid operation: cannot " + what + " " + problem + " " + type + c.describe(operand));
  return nullptr;
}

void Checker::checkSend(ast::SendStmt &s) {
  checkExpr(s.chan);
  checkExpr(s.value);
  if (!requireSingle(*s.chan) || !requireSingle(*s.value)) return;
  const Type *chan = channelOf(*this, *s.chan, ChanDir::Recv, "send to");
  if (chan) assign(s.value, chan->elem, "send");
}

// `<-c`: a value of the element type (with `, ok` in a two-target assignment: checkValues).
void Checker::checkReceive(ast::Unary &u) {
  u.type = invalid();
  if (!checkSingle(u.operand)) return;
  if (const Type *chan = channelOf(*this, *u.operand, ChanDir::Send, "receive from")) u.type = chan->elem;
}

void Checker::checkClose(ast::Call &call) {
  const Type *chan = channelOf(*this, *call.args[0], ChanDir::Recv, "close");
  if (chan) call.type = types_.tuple({});
}

void Checker::checkSelect(ast::SelectStmt &s) {
  bool sawDefault = false;
  ++fn_->switchDepth;  // `break` leaves the select
  for (ast::CommClause &clause : s.clauses) {
    if (!clause.comm) {
      if (sawDefault) error(clause.loc, "multiple defaults in select");
      sawDefault = true;
    }
    openScope();  // a clause's `v := <-c` is scoped to it
    if (clause.comm) checkStmt(*clause.comm);
    checkStmts(clause.body);
    closeScope();
  }
  --fn_->switchDepth;
}

}  // namespace minigo
