// The universe's builtin functions: their argument counts, print and println, min and max, and
// the dispatch to the checks of the others (len and cap, make, append, copy, delete, clear,
// complex, ...).
#include "frontend/check_call.h"
#include "frontend/exact.h"

#include <algorithm>

namespace minigo {

// How many arguments a universe builtin takes, at least and at most.
static std::pair<size_t, size_t> builtinArgCount(Builtin b) {
  constexpr size_t any = SIZE_MAX;
  switch (b) {
    case Builtin::Recover: return {0, 0};
    case Builtin::Print:
    case Builtin::Println: return {0, any};
    case Builtin::Make:
    case Builtin::Append:
    case Builtin::Min:
    case Builtin::Max: return {1, any};
    case Builtin::Copy:
    case Builtin::Delete:
    case Builtin::Complex: return {2, 2};
    default: return {1, 1};
  }
}

// gc's count check of a builtin's arguments, at the call: "invalid operation: not enough
// arguments for `copy(s)` (expected 2, found 1)".
static bool checkBuiltinArgCount(Checker &c, const ast::Call &call, Builtin b) {
  auto [least, most] = builtinArgCount(b);
  size_t n = call.args.size();
  if (n >= least && n <= most) return true;
  c.error(call.range.Start, std::string("invalid operation: ") + (n < least ? "not enough" : "too many") +
                                " arguments for `" + c.sourceText(call) + "` (expected " +
                                std::to_string(n < least ? least : most) + ", found " + std::to_string(n) + ")");
  return false;
}

// min(x, y...) and max: operands of one ordered type, matched as a binary operator's are; a
// constant when they all are.
static void checkMinMax(Checker &c, ast::Call &call, Builtin b) {
  const Type *t = nullptr;  // the first typed argument's type, else the largest untyped kind
  for (const ast::ExprPtr &arg : call.args)
    if (!arg->type->isUntyped()) t = t ? t : arg->type;
  bool allConstant = std::all_of(call.args.begin(), call.args.end(), [&](const ast::ExprPtr &a) { return c.isConst(*a); });
  if (!t) {
    t = call.args[0]->type;
    for (const ast::ExprPtr &arg : call.args) t = largerUntyped(t, arg->type);
    // Untyped operands that are not all constant (`min(1 << n, 2)`) take their default type.
    if (!allConstant) t = c.types_.defaultType(t);
  }
  for (ast::ExprPtr &arg : call.args) {
    const Type *at = arg->type->isUntyped() && !t->isUntyped() ? t : arg->type;
    if ((!at->isNumeric() && !at->isStringLike()) || at->isComplex()) {
      c.error(arg->range.Start, "invalid argument: " + c.describe(*arg) + " cannot be ordered");
      return;
    }
    bool converted = t->isUntyped() || c.convertOperand(*arg, t);  // reports an overflow itself
    if (arg->type == c.invalid()) return;
    bool sameKind = arg->type == t || (arg->type->isUntyped() && t->isUntyped() && arg->type->isNumeric() == t->isNumeric());
    if (!converted || !sameKind) {
      c.error(arg->range.Start, "invalid argument: mismatched types " + typeName(t) + " (previous argument) and " +
                                    typeName(arg->type) + " (type of " + c.sourceText(*arg) + ")");
      return;
    }
  }
  call.type = t;
  if (!allConstant) return;
  const ConstValue *best = &call.args[0]->constant;
  for (const ast::ExprPtr &arg : call.args) {
    const ConstValue &v = arg->constant;
    bool less = v.isString() ? v.asString() < best->asString() : numberOf(v) < numberOf(*best);
    bool greater = v.isString() ? best->asString() < v.asString() : numberOf(*best) < numberOf(v);
    if (b == Builtin::Min ? less : greater) best = &v;
  }
  call.constant = *best;
  // The operands of a constant only need a type (their values are exact and not checked).
  for (ast::ExprPtr &arg : call.args) c.finalize(*arg, c.types_.defaultType(t), /*checkConstant=*/false);
}

void checkBuiltin(Checker &c, ast::Call &call, Builtin b) {
  call.callKind = ast::CallKind::Builtin;
  call.builtin = b;
  call.type = c.invalid();
  TypeContext &types = c.types_;
  const std::string name = builtinFunc(b).goName();
  // The first operand of make, and maybe of new, is a type: they check their operands themselves,
  // and gc counts them first.
  bool typeOperand = b == Builtin::Make || b == Builtin::New;
  if (call.hasEllipsis && b != Builtin::Append) {  // append(s, t...) is the one builtin that takes `...`
    if (!typeOperand) checkArgs(c, call);
    return c.error(call.range.Start, "invalid operation: invalid use of ... with built-in " + name);
  }
  if (typeOperand) {
    if (!checkBuiltinArgCount(c, call, b)) return;
    return b == Builtin::Make ? c.checkMake(call) : c.checkNew(call);
  }
  bool isPrint = b == Builtin::Print || b == Builtin::Println;
  bool ok = checkArgs(c, call, /*tupleAllowed=*/isPrint);
  if (isPrint) {
    if (spreadTuple(call)) {
      call.type = types.tuple({});
      return;
    }
    for (ast::ExprPtr &arg : call.args) {
      if (arg->type == c.invalid()) continue;
      if (arg->type->kind == TypeKind::Struct || arg->type->kind == TypeKind::Array) {
        c.error(arg->range.Start, "illegal types for operand: " + name);
        continue;
      }
      c.defaultize(arg, "argument to built-in `" + name + "`");
    }
    call.type = types.tuple({});
    return;
  }
  // gc counts the arguments once they are all valid.
  if (!ok || !checkBuiltinArgCount(c, call, b)) return;
  switch (b) {
    case Builtin::Append: return c.checkAppend(call);
    case Builtin::Copy: return c.checkCopy(call);
    case Builtin::Min:
    case Builtin::Max: return checkMinMax(c, call, b);
    case Builtin::Delete:
    case Builtin::Clear: return c.checkMapBuiltin(call, b);
    case Builtin::Complex:
    case Builtin::Real:
    case Builtin::Imag: return c.checkComplexBuiltin(call, b);
    case Builtin::Recover:
      if (c.fn_) c.fn_->info->callsRecover = true;
      call.type = types.emptyInterface();
      return;
    case Builtin::Panic:
      if (c.assign(call.args[0], types.emptyInterface(), "argument to built-in `panic`")) call.type = types.tuple({});
      return;
    case Builtin::Len:
    case Builtin::Cap: return c.checkLenCap(call, b);
    case Builtin::Close: return c.checkClose(call);
    default: llvm_unreachable("make, new, print and println are checked above; the rest are library functions");
  }
}

}  // namespace minigo
