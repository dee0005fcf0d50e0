// Implicit conversions: untyped constants getting their type, concrete values becoming
// interface values; and Go's description of an operand for diagnostics.
#include "frontend/check_internal.h"

namespace minigo {

std::string Checker::sourceText(const ast::Expr &e) const {
  const char *start = e.range.Start.getPointer(), *end = e.range.End.getPointer();
  if (!start || !end || end < start) return "?";
  return std::string(start, end);
}

// Go's operand description: "`x` (variable of type int)", "`1 << 70` (untyped int constant
// 1180591620717411303424)", "`c` (constant 10 of type int)", "`f()` (value of type string)".
std::string Checker::describe(const ast::Expr &e) const {
  std::string text = sourceText(e);
  const Type *t = e.type;
  if (t->kind == TypeKind::UntypedNil) return "`nil`";
  std::string out = "`" + text + "` (";
  if (t->kind == TypeKind::Tuple && t->results.empty()) return out + "no value)";
  if (isConst(e)) {
    std::string value = constString(e);
    if (t->isUntyped()) return out + typeName(t) + " constant" + (value != text ? " " + value : "") + ")";
    return out + "constant " + (value != text ? value + " " : "") + "of type " + typeName(t) + ")";
  }
  return out + (isAddressable(e) ? "variable" : isMapIndex(e) ? "map index expression" : "value") + " of type " +
         typeName(t) + ")";
}

static bool basicKindMatches(const Type *untyped, const Type *target) {
  if (untyped->isNumeric()) return target->isNumeric();
  if (untyped->kind == TypeKind::UntypedBool) return target->kind == TypeKind::Bool;
  if (untyped->kind == TypeKind::UntypedString) return target->kind == TypeKind::String;
  return false;
}

void Checker::wrapInterface(ast::ExprPtr &e, const Type *iface) {
  if (e->type->isInterface()) return;
  auto conv = std::make_unique<ast::ImplicitConv>();
  conv->range = e->range;
  conv->type = iface;
  conv->operand = std::move(e);
  e = std::move(conv);
}

bool assignableAsIs(const Type *t, const Type *target) {
  if (t->name.empty() || target->name.empty()) {
    // Identical underlying types: a func literal as a `type Handler func()`.
    if (t->underlying == target->underlying) return true;
    // A bidirectional channel as a directional one of the same element type.
    if (t->kind == TypeKind::Chan && target->kind == TypeKind::Chan && t->underlying->chanDir == ChanDir::Both &&
        t->underlying->elem == target->underlying->elem)
      return true;
  }
  return false;
}

const Type *largerUntyped(const Type *a, const Type *b) {
  auto rank = [](const Type *t) {
    switch (t->kind) {
      case TypeKind::UntypedComplex: return 3;
      case TypeKind::UntypedFloat: return 2;
      case TypeKind::UntypedRune: return 1;
      default: return 0;
    }
  };
  return rank(b) > rank(a) ? b : a;
}

void Checker::finalize(ast::Expr &e, const Type *target, bool checkConstant) {
  if (!e.type->isUntyped()) return;
  if (isConst(e)) {
    // A constant operand of a non-constant expression (`2.5 + 1<<n`) must fit the type it gets;
    // the operands of a constant are exact, and not checked.
    std::string why;
    if (checkConstant && !target->isInterface() && !representable(e, target, why))
      error(e.range.Start, describe(e) + " " + (why.empty() ? "cannot be represented by" : why) +
                               (why == "truncated" ? " to " : " ") + typeName(target));
    checkConstant = false;
    e.type = target;
    convertConst(e, target);
  } else {
    e.type = target;
  }
  if (auto *p = llvm::dyn_cast<ast::Paren>(&e)) finalize(*p->inner, target, checkConstant);
  else if (auto *u = llvm::dyn_cast<ast::Unary>(&e)) finalize(*u->operand, target, checkConstant);
  else if (auto *b = llvm::dyn_cast<ast::Binary>(&e)) {
    if (b->op >= ast::BinaryOp::Eq && b->op <= ast::BinaryOp::Ge) {
      const Type *operands = types_.defaultType(largerUntyped(b->lhs->type, b->rhs->type));
      finalize(*b->lhs, operands, checkConstant);
      finalize(*b->rhs, operands, checkConstant);
    } else if (b->op == ast::BinaryOp::Shl || b->op == ast::BinaryOp::Shr) {
      if (!isConst(*b) && !target->isInteger() && b->lhs->type->isUntyped())
        error(b->lhs->range.Start, "invalid operation: shifted operand `" + sourceText(*b->lhs) + "` (type " +
                                       typeName(target) + ") must be integer");
      finalize(*b->lhs, target, checkConstant);
      finalize(*b->rhs, types_.intType(), checkConstant);
    } else {
      finalize(*b->lhs, target, checkConstant);
      finalize(*b->rhs, target, checkConstant);
    }
  }
}

bool Checker::assign(ast::ExprPtr &e, const Type *target, const std::string &context) {
  const Type *t = e->type;
  if (t == invalid() || target == invalid()) return false;
  auto cannotUse = [&](const std::string &why, const Type *as = nullptr) {
    error(e->range.Start, "cannot use " + describe(*e) + " as " + typeName(as ? as : target) + " value in " +
                              context + why);
    return false;
  };
  if (t->kind == TypeKind::UntypedNil) {
    if (!target->isNilable()) return cannotUse("");
    finalize(*e, target);
    return true;
  }
  if (t->isUntyped()) {
    const Type *goal = target->isInterface() ? types_.defaultType(t) : target;
    std::string why;
    if (!basicKindMatches(t, goal)) return cannotUse("");
    if (target->isInterface() && !implements(goal, target)) return cannotUse(": " + whyNotImplements(goal, target));
    if (isConst(*e) && !representable(*e, goal, why)) return cannotUse(" (" + why + ")", goal);
    finalize(*e, goal);
    t = goal;
    if (!target->isInterface()) return true;
  }
  if (t == target) return true;
  if (target->isInterface()) {
    if (implements(t, target)) {
      wrapInterface(e, target);
      return true;
    }
    return cannotUse(": " + whyNotImplements(t, target));
  }
  if (assignableAsIs(t, target)) return true;
  return cannotUse("");
}

bool Checker::defaultize(ast::ExprPtr &e, const std::string &context) {
  if (e->type->kind == TypeKind::UntypedNil) {
    error(e->range.Start, "use of untyped nil in " + context);
    e->type = invalid();
    return false;
  }
  if (!e->type->isUntyped()) return e->type != invalid();
  return assign(e, types_.defaultType(e->type), context);
}

bool Checker::convertOperand(ast::Expr &e, const Type *target) {
  const Type *t = e.type;
  if (!t->isUntyped() || target == invalid()) return true;
  if (t->kind == TypeKind::UntypedNil) {
    if (!target->isNilable()) return false;
    finalize(e, target);
    return true;
  }
  const Type *goal = target->isInterface() ? types_.defaultType(t) : target;
  if (!basicKindMatches(t, goal)) return false;
  std::string why;
  if (isConst(e) && !representable(e, goal, why)) {
    if (why.empty()) return false;
    error(e.range.Start, describe(e) + " " + why + (why == "truncated" ? " to " : " ") + typeName(goal));
    e.type = invalid();
    return false;
  }
  finalize(e, goal);
  return true;
}

}  // namespace minigo
