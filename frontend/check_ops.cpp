// Unary and binary operators: operand matching, comparisons, shifts, constant folding.
#include "frontend/check_internal.h"

namespace minigo {

using Op = ast::BinaryOp;

static const char *unarySpelling(ast::UnaryOp op) {
  switch (op) {
    case ast::UnaryOp::Neg: return "-";
    case ast::UnaryOp::Plus: return "+";
    case ast::UnaryOp::Not: return "!";
    case ast::UnaryOp::BitNot: return "^";
    case ast::UnaryOp::Deref: return "*";
    case ast::UnaryOp::AddrOf: return "&";
    case ast::UnaryOp::Recv: return "<-";
  }
  return "?";
}

static const char *binarySpelling(Op op) {
  static const char *names[] = {"+", "-", "*", "/", "%", "&", "|", "^", "&^", "<<", ">>",
                                "==", "!=", "<", "<=", ">", ">=", "&&", "||"};
  return names[int(op)];
}

void Checker::checkUnary(ast::Unary &u) {
  if (u.op == ast::UnaryOp::AddrOf || u.op == ast::UnaryOp::Deref) return checkPointerOp(u);
  if (u.op == ast::UnaryOp::Recv) return checkReceive(u);
  u.type = invalid();
  if (!checkSingle(u.operand)) return;
  const Type *t = u.operand->type;
  bool defined = u.op == ast::UnaryOp::Not      ? t->isBoolLike()
                 : u.op == ast::UnaryOp::BitNot ? t->isInteger()
                                                : t->isNumeric();
  if (!defined) {
    error(u.operand->range.Start, std::string("invalid operation: operator ") + unarySpelling(u.op) +
                                      " not defined on " + describe(*u.operand));
    return;
  }
  u.type = t;
  if (isConst(*u.operand)) foldUnary(u);
}

bool Checker::operatorDefined(Op op, const Type *t) {
  switch (op) {
    case Op::Add: return t->isNumeric() || t->isStringLike();
    case Op::Sub: case Op::Mul: case Op::Div: return t->isNumeric();
    case Op::LogAnd: case Op::LogOr: return t->isBoolLike();
    default: return t->isInteger();  // % & | ^ &^
  }
}

// gc names a composite type by its kind where an operator is not defined on it ("slice",
// "struct"), a basic one by its name.
static std::string kindOrTypeName(const Type *t) {
  switch (t->kind) {
    case TypeKind::Pointer: return "pointer";
    case TypeKind::Interface: return "interface";
    case TypeKind::Array: return "array";
    case TypeKind::Slice: return "slice";
    case TypeKind::Struct: return "struct";
    case TypeKind::Func: return "func";
    default: return typeName(t);
  }
}

static bool isNilIdent(const ast::Expr &e) {
  auto *id = llvm::dyn_cast<ast::Ident>(&e);
  return id && id->object && id->object->kind == ast::Object::Kind::Nil;
}

// Gives untyped operands the type of the other operand; false (and no message) when the
// operand types do not match. Reports the invalid conversion of a constant itself.
static bool matchOperands(Checker &c, ast::Binary &b) {
  ast::Expr &x = *b.lhs, &y = *b.rhs;
  if (x.type->isUntyped() && !y.type->isUntyped()) return c.convertOperand(x, y.type);
  if (y.type->isUntyped() && !x.type->isUntyped()) return c.convertOperand(y, x.type);
  if (x.type->isUntyped() && y.type->isUntyped())
    return (x.type->isNumeric() && y.type->isNumeric()) || x.type == y.type;
  return true;
}

static void checkShift(Checker &c, ast::Binary &b) {
  ast::Expr &x = *b.lhs, &y = *b.rhs;
  const Type *intType = c.types_.intType();
  // An untyped float constant that is integral may be shifted: in a constant shift as an untyped
  // int; in a non-constant shift an untyped left operand stays untyped and takes the type the
  // context gives it (`var b Bits = 1 << n`), or its default type (finalize checks it is an integer).
  // The operand is checked before the count, as gc does.
  bool integralFloat = x.type->kind == TypeKind::UntypedFloat && c.integralConst(x);
  if (!x.type->isInteger() && !integralFloat) {
    c.error(x.range.Start, "invalid operation: shifted operand " + c.describe(x) + " must be integer");
    return;
  }
  if (c.isConst(y)) {
    if (!c.checkShiftCount(y, c.isConst(x))) return;
    c.finalize(y, intType);
  } else if (y.type->isUntyped() && y.type->isInteger()) {  // itself a shift: `1 << (1 << n)`
    c.finalize(y, intType);
  } else if (!y.type->isInteger()) {
    c.error(y.range.Start, "invalid operation: shift count " + c.describe(y) + " must be integer");
    return;
  }
  if (integralFloat && c.isConst(y)) x.type = c.types_.untyped(TypeKind::UntypedInt);
  b.type = x.type;
  if (c.isConst(x) && c.isConst(y)) c.foldBinary(b);
}

static void checkComparison(Checker &c, ast::Binary &b) {
  ast::Expr &x = *b.lhs, &y = *b.rhs;
  auto mismatch = [&] {
    c.error(b.range.Start, "invalid operation: `" + c.sourceText(b) + "` (mismatched types " +
                               typeName(x.type) + " and " + typeName(y.type) + ")");
  };
  auto notDefined = [&](const std::string &what) {
    c.error(b.range.Start, "invalid operation: `" + c.sourceText(b) + "` (operator " +
                               binarySpelling(b.op) + " not defined on " + what + ")");
  };
  if (x.type->kind == TypeKind::UntypedNil && y.type->kind == TypeKind::UntypedNil)
    return notDefined("nil");
  if (!matchOperands(c, b)) {
    if (x.type != c.invalid() && y.type != c.invalid()) mismatch();
    return;
  }
  // Mixed interface and concrete operands compare as interface values.
  bool untypedNumbers = x.type->isUntyped() && y.type->isUntyped() && x.type->isNumeric() && y.type->isNumeric();
  bool assignable = assignableAsIs(x.type, y.type) || assignableAsIs(y.type, x.type);
  if (x.type != y.type && !untypedNumbers && !assignable) {
    if (x.type->isInterface() && !y.type->isInterface() && c.implements(y.type, x.type))
      c.wrapInterface(b.rhs, x.type);
    else if (y.type->isInterface() && !x.type->isInterface() && c.implements(x.type, y.type))
      c.wrapInterface(b.lhs, y.type);
    else if (!(x.type->isInterface() && y.type->isInterface()) ||
             !(c.implements(x.type, y.type) || c.implements(y.type, x.type)))
      return mismatch();
  }
  const Type *t = b.lhs->type;
  if (b.op == Op::Eq || b.op == Op::Ne) {
    // Through an interface, the concrete operand's type decides.
    const Type *concrete = !b.lhs->type->isInterface() ? b.lhs->type : b.rhs->type;
    if (auto *conv = llvm::dyn_cast<ast::ImplicitConv>(b.lhs.get())) concrete = conv->operand->type;
    if (auto *conv = llvm::dyn_cast<ast::ImplicitConv>(b.rhs.get())) concrete = conv->operand->type;
    if (!comparable(concrete) && !isNilIdent(*b.lhs) && !isNilIdent(*b.rhs)) {
      // gc points at a concrete operand compared with an interface.
      llvm::SMLoc at = llvm::isa<ast::ImplicitConv>(b.rhs.get()) ? b.rhs->range.Start : b.range.Start;
      c.error(at, "invalid operation: `" + c.sourceText(b) + "` (" + incomparableReason(concrete) + ")");
      return;
    }
  } else if ((!t->isNumeric() || t->isComplex()) && !t->isStringLike()) {  // complex numbers are unordered
    return notDefined(kindOrTypeName(t));
  }
  if (c.isConst(*b.lhs) && c.isConst(*b.rhs)) {
    b.type = c.types_.untyped(TypeKind::UntypedBool);
    c.foldBinary(b);
    return;
  }
  b.type = c.types_.boolType();
  // Untyped operands that are not both constant (`1<<n == 4`) take their default type.
  if (b.lhs->type->isUntyped()) {
    const Type *operands = c.types_.defaultType(largerUntyped(b.lhs->type, b.rhs->type));
    c.finalize(*b.lhs, operands);
    c.finalize(*b.rhs, operands);
  }
}

void Checker::checkBinary(ast::Binary &b) {
  b.type = invalid();
  bool ok = checkSingle(b.lhs);
  ok &= checkSingle(b.rhs);
  if (!ok) return;
  if (b.op == Op::Shl || b.op == Op::Shr) return checkShift(*this, b);
  if (b.op >= Op::Eq && b.op <= Op::Ge) return checkComparison(*this, b);
  ast::Expr &x = *b.lhs, &y = *b.rhs;
  if (!matchOperands(*this, b)) {
    if (x.type != invalid() && y.type != invalid())
      error(b.range.Start, "invalid operation: `" + sourceText(b) + "` (mismatched types " +
                               typeName(x.type) + " and " + typeName(y.type) + ")");
    return;
  }
  const Type *t = x.type->isUntyped() ? largerUntyped(x.type, y.type) : x.type;
  if (x.type != y.type && !(x.type->isUntyped() && y.type->isUntyped())) {
    error(b.range.Start, "invalid operation: `" + sourceText(b) + "` (mismatched types " +
                             typeName(x.type) + " and " + typeName(y.type) + ")");
    return;
  }
  if (!operatorDefined(b.op, t)) {
    error(x.range.Start, std::string("invalid operation: operator ") + binarySpelling(b.op) +
                             " not defined on " + describe(x));
    return;
  }
  if ((b.op == Op::Div || b.op == Op::Rem) && isConst(y) && y.constant.isZero() &&
      (isConst(x) || t->isInteger())) {
    error(y.range.Start, "invalid operation: division by zero");
    return;
  }
  b.type = t;
  if (isConst(x) && isConst(y)) foldBinary(b);
}

}  // namespace minigo
