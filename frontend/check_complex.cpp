// The builtins of complex numbers: complex(re, im), real(c), imag(c).
#include "frontend/check_internal.h"
#include "frontend/exact.h"

namespace minigo {

// The float type of a complex type's parts, and back.
static TypeKind partKind(TypeKind complex) {
  return complex == TypeKind::Complex64 ? TypeKind::Float32 : TypeKind::Float64;
}
static TypeKind complexKind(TypeKind part) {
  return part == TypeKind::Float32 ? TypeKind::Complex64 : TypeKind::Complex128;
}

// complex(re, im): two floats of one type, or untyped constants (then an untyped complex constant).
static void checkComplex(Checker &c, ast::Call &call) {
  ast::Expr &re = *call.args[0], &im = *call.args[1];
  bool bothUntyped = re.type->isUntyped() && im.type->isUntyped();
  if (bothUntyped && c.isConst(re) && c.isConst(im)) {
    if (!re.type->isNumeric() || !im.type->isNumeric() || imagOf(re.constant) != 0 || imagOf(im.constant) != 0) {
      c.error(call.range.Start, "invalid operation: `" + c.sourceText(call) + "` (arguments have non-real types)");
      return;
    }
    call.type = c.types_.untyped(TypeKind::UntypedComplex);
    call.constant = makeNumber(numberOf(re.constant), numberOf(im.constant));
    // The operands of a constant are exact and not checked; they only need a type.
    c.finalize(re, c.types_.float64Type(), /*checkConstant=*/false);
    c.finalize(im, c.types_.float64Type(), /*checkConstant=*/false);
    return;
  }
  // An untyped argument takes the other's type (float64 when both are untyped: `complex(1, x)`
  // where x is an untyped non-constant is not possible, so that is constants only).
  const Type *part = !re.type->isUntyped() ? re.type : !im.type->isUntyped() ? im.type : c.types_.float64Type();
  if (!part->isFloat()) {
    ast::Expr &bad = !re.type->isUntyped() && !re.type->isFloat() ? re : im;
    c.error(bad.range.Start, "invalid argument: arguments have type " + typeName(part) + ", expected floating-point");
    return;
  }
  bool converted = c.convertOperand(re, part) && c.convertOperand(im, part);
  if (re.type == c.invalid() || im.type == c.invalid()) return;
  if (!converted || re.type != im.type) {
    c.error(re.range.Start, "invalid operation: `" + c.sourceText(call) + "` (mismatched types " +
                                typeName(re.type) + " and " + typeName(im.type) + ")");
    return;
  }
  call.type = c.types_.numeric(complexKind(part->kind));
  if (c.isConst(re) && c.isConst(im)) call.constant = makeNumber(numberOf(re.constant), numberOf(im.constant));
}

// real(z), imag(z): the float part of a complex value; of an untyped constant, an untyped float.
static void checkPart(Checker &c, ast::Call &call, bool real) {
  ast::Expr &z = *call.args[0];
  if (z.type->isUntyped() && c.isConst(z) && z.type->isNumeric()) {
    call.type = c.types_.untyped(TypeKind::UntypedFloat);
    call.constant = makeNumber(real ? numberOf(z.constant) : imagOf(z.constant));
    c.finalize(z, c.types_.numeric(TypeKind::Complex128), /*checkConstant=*/false);
    return;
  }
  if (!z.type->isComplex()) {
    c.error(z.range.Start, "invalid argument: argument has type " + typeName(z.type) + ", expected complex type");
    return;
  }
  call.type = c.types_.numeric(partKind(z.type->kind));
  if (c.isConst(z)) call.constant = makeNumber(real ? numberOf(z.constant) : imagOf(z.constant));
}

void Checker::checkComplexBuiltin(ast::Call &call, Builtin b) {
  if (b == Builtin::Complex) checkComplex(*this, call);
  else checkPart(*this, call, b == Builtin::Real);
}

}  // namespace minigo
