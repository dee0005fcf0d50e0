// Calls: function values, methods, conversions and the fmt/os/errors library. (The universe's
// builtins are in check_builtins.cpp.)
#include "frontend/check_call.h"
#include "frontend/check_multi_value.h"
#include "frontend/exact.h"

#include <llvm/Support/ConvertUTF.h>

namespace minigo {

using ast::Object;

const Type *spreadTuple(const ast::Call &call) {
  if (call.args.size() != 1) return nullptr;
  const Type *t = call.args[0]->type;
  return t->kind == TypeKind::Tuple && t->results.size() > 1 ? t : nullptr;
}

bool checkArgs(Checker &c, ast::Call &call, bool tupleAllowed) {
  bool ok = true;
  for (ast::ExprPtr &arg : call.args) {
    c.checkExpr(arg);
    if (spreadTuple(call)) {
      if (tupleAllowed) return true;
      c.error(arg->range.Start, "unsupported: multi-value argument `" + c.sourceText(*arg) + "`");
      arg->type = c.invalid();
    }
    ok &= c.requireSingle(*arg);
  }
  return ok;
}

// `f(g()...)`: the `...` of a variadic call passes one slice, not g's several results.
static bool reportSpreadWithEllipsis(Checker &c, const ast::Call &call) {
  const Type *tuple = spreadTuple(call);
  if (!tuple || !call.hasEllipsis) return false;
  c.error(call.range.Start, "cannot use ... with " + std::to_string(tuple->results.size()) + "-valued `" +
                                c.sourceText(*call.args[0]) + "`");
  return true;
}

// Go's argument count errors of a function's call: "not enough" at the last argument (or the
// call), "too many" at the first extra one.
static bool checkArgCount(Checker &c, ast::Call &call, size_t want, const std::string &name) {
  if (call.args.size() < want) {
    llvm::SMLoc at = call.args.empty() ? call.range.Start : call.args.back()->range.Start;
    c.error(at, "not enough arguments in call to `" + name + "`");
    return false;
  }
  if (call.args.size() > want) {
    c.error(call.args[want]->range.Start, "too many arguments in call to `" + name + "`");
    return false;
  }
  return true;
}

static const Type *resultType(TypeContext &types, const std::vector<const Type *> &results) {
  return results.size() == 1 ? results[0] : types.tuple(results);
}

// string(r) of a constant integer: its code point in UTF-8, or "\uFFFD" if it is none.
static std::string encodeRune(const ast::Expr &r) {
  const Rational &value = numberOf(r.constant);
  bool valid = value >= 0 && value <= 0x10FFFF && !(value >= 0xD800 && value < 0xE000);
  char buffer[4], *end = buffer;
  llvm::ConvertCodePointToUTF8(valid ? r.constant.asInt() : 0xFFFD, end);
  return std::string(buffer, end);
}

static void checkConversion(Checker &c, ast::Call &call, const Type *target) {
  call.callKind = ast::CallKind::Conversion;
  call.type = c.invalid();
  bool ok = checkArgs(c, call);
  const std::string name = typeName(target);
  if (call.args.size() != 1) {
    llvm::SMLoc at = call.args.empty() ? call.range.Start : call.args[1]->range.Start;
    c.error(at, (call.args.empty() ? "missing argument in conversion to " : "too many arguments in conversion to ") + name);
    return;
  }
  if (!ok) return;
  ast::ExprPtr &arg = call.args[0];
  if (call.hasEllipsis) return c.error(arg->range.Start, "invalid use of ... in conversion to " + name);
  const Type *t = arg->type;
  auto cannot = [&](const std::string &why) { c.error(arg->range.Start, "cannot convert " + c.describe(*arg) + " to type " + name + why); };
  if (t->kind == TypeKind::UntypedNil && target->isNilable()) {  // Handler(nil), (*T)(nil)
    c.finalize(*arg, target);
    call.type = target;
    return;
  }
  if (target->isInterface()) {
    if (t->kind == TypeKind::UntypedNil) c.finalize(*arg, target);
    else if (!c.implements(c.types_.defaultType(t), target)) return cannot("");
    else if (!c.assign(arg, target, "conversion")) return;
    call.type = target;
    return;
  }
  // Numbers convert to numbers; a complex value only to a complex type (a constant may be
  // representable in any numeric type: the check below says).
  bool numeric = target->isNumeric() && t->isNumeric() && (c.isConst(*arg) || t->isComplex() == target->isComplex());
  if (target->kind == TypeKind::String && t->isInteger()) {  // string(r): the UTF-8 encoding of a code point
    if (c.isConst(*arg)) call.constant.value = ConstString(encodeRune(*arg));
    c.finalize(*arg, c.types_.defaultType(t));
    call.type = target;
    return;
  }
  // Between types with identical underlying types: `Celsius(f)`, `float64(c)`, `Handler(func() {})`
  if (sliceConvertible(c.types_.defaultType(t), target)) {
    c.finalize(*arg, c.types_.defaultType(t));
    call.type = target;
    return;
  }
  if (!numeric && !convertible(c.types_.defaultType(t), target)) return cannot("");
  if (c.isConst(*arg)) {
    std::string why;
    if (!c.representable(*arg, target, why)) {
      // gc words an integer overflow briefly (go.dev/issue/63563), and gives no reason otherwise.
      if (t->isInteger() && target->isInteger())
        return c.error(arg->range.Start, "constant " + c.constString(*arg) + " overflows " + name);
      return cannot("");
    }
    call.constant = arg->constant;
    c.convertConst(call, target);
  }
  // An untyped argument takes the target type, as Go converts it; a constant one fits (above).
  c.finalize(*arg, target, /*checkConstant=*/!c.isConst(*arg));
  call.type = target;
}

// pkg.name(args): a function of an imported package.
static void checkLibrary(Checker &c, ast::Call &call, const BuiltinFunc *f, bool asStatement) {
  call.type = c.invalid();
  bool onlyAny = f->params.empty() && f->variadicAny;
  bool ok = checkArgs(c, call, /*tupleAllowed=*/onlyAny);
  call.callKind = ast::CallKind::Library;
  call.builtin = f->id;
  const std::string qualified = f->goName();
  if (f->statementOnly && !asStatement) {
    c.error(call.range.Start, "unsupported: using the result of `" + qualified + "`");
    return;
  }
  if (call.hasEllipsis && !f->variadicAny)
    return c.error(call.range.Start, "cannot use ... in call to non-variadic `" + qualified + "`");
  if (reportSpreadWithEllipsis(c, call)) return;
  size_t fixed = f->params.size();
  if (call.hasEllipsis) {  // fmt.Println(args...) passes a []any as the ...any operands
    if (!checkArgCount(c, call, fixed + 1, qualified)) return;
  } else if (call.args.size() < fixed || (!f->variadicAny && call.args.size() > fixed)) {
    checkArgCount(c, call, fixed, qualified);
    return;
  }
  if (!ok) return;
  const std::string context = "argument to `" + qualified + "`";
  if (const Type *tuple = spreadTuple(call)) {  // fmt.Println(f()): f's results are the ...any operands
    std::vector<const Type *> params(tuple->results.size(), c.types_.emptyInterface());
    ok = assignMultiValue(c, call.args[0], tuple->results, params, context);
  }
  for (size_t i = 0; !spreadTuple(call) && i < call.args.size(); ++i) {
    const Type *param = i < fixed ? (f->params[i] == TypeKind::String ? c.types_.stringType() : c.types_.intType())
                        : call.hasEllipsis ? c.types_.slice(c.types_.emptyInterface())
                                           : c.types_.emptyInterface();
    ok &= c.assign(call.args[i], param, context);
  }
  if (!ok) return;
  switch (f->result) {
    case TypeKind::String: call.type = c.types_.stringType(); break;
    case TypeKind::Interface: call.type = c.types_.errorType(); break;
    default: call.type = c.types_.tuple({});
  }
}

// The arguments of a call of a function or method of type `sig`, named `name` in diagnostics.
// A variadic function's final ...T parameter takes any number of T arguments (which the call
// passes in a new []T), or one []T followed by `...`.
static void checkSignatureArgs(Checker &c, ast::Call &call, const Type *sig, const std::string &name, bool ok) {
  sig = sig->underlying;
  if (call.hasEllipsis && !sig->variadic)
    return c.error(call.range.Start, "cannot use ... in call to non-variadic `" + name + "`");
  if (reportSpreadWithEllipsis(c, call)) return;
  bool packs = sig->variadic && !call.hasEllipsis;
  size_t fixed = sig->params.size() - (packs ? 1 : 0);
  auto param = [&](size_t i) { return i < fixed ? sig->params[i] : sig->params.back()->elem; };
  auto countFits = [&](size_t n) { return packs ? n >= fixed : n == fixed; };
  if (const Type *tuple = spreadTuple(call)) {
    if (!countFits(tuple->results.size())) {
      c.error(call.args[0]->range.Start, std::string(tuple->results.size() > fixed ? "too many" : "not enough") +
                                             " arguments in call to `" + name + "`");
      return;
    }
    std::vector<const Type *> params;
    for (size_t i = 0; i < tuple->results.size(); ++i) params.push_back(param(i));
    ok &= assignMultiValue(c, call.args[0], tuple->results, params, "argument to `" + name + "`");
    if (ok) call.type = resultType(c.types_, sig->results);
    return;
  }
  if (!(countFits(call.args.size()) || checkArgCount(c, call, fixed, name)) || !ok) return;
  for (size_t i = 0; i < call.args.size(); ++i) ok &= c.assign(call.args[i], param(i), "argument to `" + name + "`");
  if (ok) call.type = resultType(c.types_, sig->results);
}

// x.M(args): a method of x's defined type (a direct call), or of its interface type (dispatched
// on the dynamic type).
static void checkMethod(Checker &c, ast::Call &call, ast::Selector &sel) {
  call.type = c.invalid();
  sel.type = c.invalid();
  if (c.checkMethodExpression(sel)) {  // T.M(x, args): a call of the function T.M
    bool ok = checkArgs(c, call, /*tupleAllowed=*/true);
    if (sel.type == c.invalid()) return;
    call.callKind = ast::CallKind::Func;
    call.callee->type = sel.type;
    checkSignatureArgs(c, call, sel.type, c.sourceText(sel), ok);
    return;
  }
  bool ok = c.checkSingle(sel.base);
  ok &= checkArgs(c, call, /*tupleAllowed=*/true);
  const Type *t = sel.base->type;
  if (t == c.invalid()) return;
  std::optional<Selection> selected = c.selectMember(sel, t);
  if (!selected) return;
  const Selection &s = *selected;
  if (c.selectField(sel, s)) {  // a field of func type: s.handler(x)
    if (sel.type->kind != TypeKind::Func) {
      c.error(call.callee->range.Start, "invalid operation: cannot call non-function " + c.describe(sel));
      return;
    }
    call.callKind = ast::CallKind::Func;
    call.callee->type = sel.type;
    checkSignatureArgs(c, call, sel.type, c.sourceText(sel), ok);
    return;
  }
  if (s.kind != Selection::Kind::Method) return c.reportNoFieldOrMethod(sel, s);
  const Method *method = s.method;
  sel.path = s.path;
  sel.throughPointer = s.indirect;
  // A pointer method of an addressable value is called on its address: `v.M()` is `(&v).M()`.
  if (method->pointerReceiver && !s.indirect && !isAddressable(*sel.base)) {
    c.error(sel.nameLoc, "cannot call pointer method " + sel.name + " on " + typeName(s.receiverBase));
    return;
  }
  call.callKind = ast::CallKind::Method;
  sel.type = method->signature;
  if (!s.receiverBase->isInterface()) {
    call.methodDecl = c.methodDecl(s.receiverBase, sel.name);
    if (c.refs_) c.refs_->insert(call.methodDecl->object);
  }
  checkSignatureArgs(c, call, method->signature, c.sourceText(sel), ok);
}

static void checkFuncCall(Checker &c, ast::Call &call) {
  call.type = c.invalid();
  bool ok = c.checkSingle(call.callee);
  ok &= checkArgs(c, call, /*tupleAllowed=*/true);
  if (call.callee->type == c.invalid()) return;
  const Type *sig = call.callee->type;
  if (sig->kind != TypeKind::Func) {
    c.error(call.callee->range.Start, "invalid operation: cannot call non-function " + c.describe(*call.callee));
    return;
  }
  call.callKind = ast::CallKind::Func;
  checkSignatureArgs(c, call, sig, c.sourceText(*call.callee), ok);
}

void Checker::checkCall(ast::Call &call, bool asStatement) {
  rewriteQualifiedIdent(call.callee);
  ast::Expr &callee = const_cast<ast::Expr &>(unparen(*call.callee));
  if (auto *id = llvm::dyn_cast<ast::Ident>(&callee)) {
    Object *o = findName(*id);
    if (o && (o->kind == Object::Kind::TypeName || o->kind == Object::Kind::Builtin)) {
      id->object = o;
      id->type = o->kind == Object::Kind::TypeName ? o->type : invalid();
      call.callee->type = id->type;
      if (o->kind == Object::Kind::TypeName) return checkConversion(*this, call, o->type);
      const BuiltinFunc &f = builtinFunc(o->builtin);
      if (!f.package.empty()) return checkLibrary(*this, call, &f, asStatement);
      return checkBuiltin(*this, call, o->builtin);
    }
  }
  // A conversion to a type literal or a pointer type: `interface{}(x)`, `(*T)(p)`, `(*[2]int)(p)`.
  const Type *target = llvm::isa<ast::Unary, ast::TypeOperand>(callee) ? typeDenotedBy(callee) : nullptr;
  if (target) {
    call.callee->type = target;
    if (target == invalid()) {
      for (ast::ExprPtr &arg : call.args) checkExpr(arg);  // so that they count as used, as in gc
      call.type = invalid();
      return;
    }
    return checkConversion(*this, call, target);
  }
  if (auto *sel = llvm::dyn_cast<ast::Selector>(&callee)) return checkMethod(*this, call, *sel);
  checkFuncCall(*this, call);
}

}  // namespace minigo
