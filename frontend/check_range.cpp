// Range loops: `for k, v := range x`, `for k, v = range x`, `for range x` (spec "For statements
// with range clause"), over integers (Go 1.22), arrays, pointers to arrays, slices, strings,
// maps and channels.
#include "frontend/check_internal.h"

namespace minigo {

using ast::Object;

namespace {

// Can an iteration value of type `value` be stored in a variable of type `target`? (An interface
// target gets it boxed by codegen.)
bool iterationAssignable(const Checker &c, const Type *value, const Type *target) {
  if (value == target || (target->isInterface() && c.implements(value, target))) return true;
  return value->underlying == target->underlying && (value->name.empty() || target->name.empty());
}

}  // namespace

// Decides what `r.x` is iterated as, and the types of the iteration values. False (after
// reporting why) when it cannot be ranged over.
bool Checker::checkRangeExpression(ast::RangeClause &r) {
  if (!checkSingle(r.x)) return false;
  ast::Expr &x = *r.x;
  const Type *t = x.type->underlying;
  bool arrayPointer = t->kind == TypeKind::Pointer && t->elem->underlying->kind == TypeKind::Array;
  if (t->kind == TypeKind::Func) {
    error(x.range.Start, "unsupported: range over function");
    return false;
  }
  if (t->isInteger()) {
    r.kind = ast::RangeKind::Integer;
    if (r.lhs.size() == 2) {
      error(r.lhs[1]->range.Start, "range over " + describe(x) + " permits only one iteration variable");
      return false;
    }
    return true;  // the values' type may depend on the target (checkIntegerRangeType)
  }
  if (t->isStringLike()) {
    r.kind = ast::RangeKind::String;
    defaultize(r.x, "range clause");
    r.keyType = types_.intType();
    r.valueType = types_.numeric(TypeKind::Int32);
    return true;
  }
  if (t->kind == TypeKind::Array || arrayPointer) {
    r.kind = arrayPointer ? ast::RangeKind::ArrayPointer : ast::RangeKind::Array;
    r.keyType = types_.intType();
    r.valueType = (arrayPointer ? t->elem->underlying : t)->elem;
    // len(x) is a constant unless x calls a function: with at most one iteration variable, x
    // is then not evaluated (spec).
    r.evaluateX = r.lhs.size() == 2 || containsCall(x);
    return true;
  }
  if (t->kind == TypeKind::Slice) {
    r.kind = ast::RangeKind::Slice;
    r.keyType = types_.intType();
    r.valueType = t->elem;
    return true;
  }
  if (t->kind == TypeKind::Chan && t->chanDir != ChanDir::Send) {
    if (r.lhs.size() == 2) {
      error(r.lhs[1]->range.Start, "range over " + describe(x) + " permits only one iteration variable");
      return false;
    }
    r.kind = ast::RangeKind::Chan;
    r.keyType = t->elem;  // the values received
    return true;
  }
  if (t->kind == TypeKind::Map) {
    r.kind = ast::RangeKind::Map;
    r.keyType = t->key;
    r.valueType = t->elem;
    return true;
  }
  error(x.range.Start, "cannot range over " + describe(x));
  return false;
}

// An integer range's values have x's type; an untyped constant x takes the type of a `=`
// target (which must be an integer type, or an interface that then holds x's default type),
// else its default type (int, or rune for a rune constant).
void Checker::checkIntegerRangeType(ast::RangeClause &r, const Type *target) {
  ast::ExprPtr &x = r.x;
  r.keyType = invalid();
  if (!x->type->isUntyped()) {
    if (target && target != invalid() && !iterationAssignable(*this, x->type, target)) {
      std::string why = target->isInterface() ? ": " + whyNotImplements(x->type, target) : "";
      return error(x->range.Start, "cannot use " + describe(*x) + " as " + typeName(target) + " value in range clause" + why);
    }
    r.keyType = x->type;
    return;
  }
  bool typedByTarget = target && target != invalid() && !target->isInterface();
  if (!assign(x, typedByTarget ? target : types_.defaultType(x->type), "range clause")) return;
  if (typedByTarget && !target->isInteger())
    return error(r.lhs[0]->range.Start, "cannot use iteration variable of type " + typeName(target));
  if (target && target->isInterface() && !implements(x->type, target))
    return error(x->range.Start, "cannot use " + describe(*x) + " as " + typeName(target) +
                                     " value in range clause: " + whyNotImplements(x->type, target));
  r.keyType = x->type;
}

// `k, v = range x`: the targets are assignable expressions (or `_`) of the values' types.
void Checker::checkRangeAssignment(ast::RangeClause &r, bool rangeable) {
  std::vector<const Type *> targets;
  for (ast::ExprPtr &lhs : r.lhs) targets.push_back(checkLvalue(lhs));
  if (rangeable && r.kind == ast::RangeKind::Integer) checkIntegerRangeType(r, targets.empty() ? nullptr : targets[0]);
  const Type *values[2] = {r.keyType, r.valueType};
  for (size_t i = 0; i < r.lhs.size(); ++i) {
    ast::Expr &lhs = *r.lhs[i];
    const Type *value = rangeable ? values[i] : invalid();
    if (!targets[i]) {  // `_`
      lhs.type = value ? value : invalid();
      continue;
    }
    if (targets[i] == invalid() || !value || value == invalid() || r.kind == ast::RangeKind::Integer) continue;
    if (iterationAssignable(*this, value, targets[i])) continue;
    std::string why = targets[i]->isInterface() ? ": " + whyNotImplements(value, targets[i]) : "";
    error(lhs.range.Start, "cannot use `" + sourceText(lhs) + "` (value of type " + typeName(value) + ") as " +
                               typeName(targets[i]) + " value in assignment" + why);
  }
}

// `k, v := range x`: new variables of the values' types, in the loop's scope.
void Checker::declareRangeVariables(ast::For &s, bool rangeable) {
  ast::RangeClause &r = *s.rangeClause;
  if (rangeable && r.kind == ast::RangeKind::Integer) checkIntegerRangeType(r, nullptr);
  const Type *values[2] = {r.keyType, r.valueType};
  std::vector<Object *> fresh;
  for (size_t i = 0; i < r.lhs.size(); ++i) {
    auto &id = llvm::cast<ast::Ident>(*r.lhs[i]);
    id.type = rangeable && values[i] ? values[i] : invalid();
    if (id.name == "_") continue;
    bool repeated = false;
    for (size_t j = 0; j < i; ++j) repeated |= llvm::cast<ast::Ident>(*r.lhs[j]).name == id.name;
    if (repeated) {
      error(id.range.Start, "`" + id.name + "` repeated on left side of `:=`");
      continue;
    }
    Object *o = newObject(Object::Kind::Var, id.name, id.range.Start, id.type);
    o->owner = fn_->info;
    fn_->locals.push_back(o);
    id.object = o;
    fresh.push_back(o);
  }
  if (fresh.empty()) error(s.range.Start, "no new variables on left side of `:=`");
  for (Object *o : fresh) declare(o);
}

void Checker::checkRangeFor(ast::For &s) {
  ast::RangeClause &r = *s.rangeClause;
  openScope();
  bool rangeable = checkRangeExpression(r);  // outside the variables' scope: `for i := range i`
  if (r.define) declareRangeVariables(s, rangeable);
  else checkRangeAssignment(r, rangeable);
  ++fn_->loopDepth;
  checkBody(*s.body);
  --fn_->loopDepth;
  closeScope();
}

}  // namespace minigo
