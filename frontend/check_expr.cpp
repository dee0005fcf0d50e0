// Expressions other than operators and calls: literals, names, selectors, function literals,
// type assertions.
#include "frontend/check_internal.h"

#include <algorithm>

namespace minigo {

using ast::Object;

void Checker::checkExpr(ast::ExprPtr &e) {
  switch (e->kind) {
    case ast::Expr::Kind::IntLit: checkIntLit(llvm::cast<ast::IntLit>(*e)); break;
    case ast::Expr::Kind::FloatLit: checkFloatLit(llvm::cast<ast::FloatLit>(*e)); break;
    case ast::Expr::Kind::StringLit:
      e->type = types_.untyped(TypeKind::UntypedString);
      e->constant.value = llvm::cast<ast::StringLit>(*e).value;
      break;
    case ast::Expr::Kind::Ident: checkIdent(llvm::cast<ast::Ident>(*e)); break;
    case ast::Expr::Kind::Unary: checkUnary(llvm::cast<ast::Unary>(*e)); break;
    case ast::Expr::Kind::Binary: checkBinary(llvm::cast<ast::Binary>(*e)); break;
    case ast::Expr::Kind::Call: checkCall(llvm::cast<ast::Call>(*e), /*asStatement=*/false); break;
    case ast::Expr::Kind::Selector:
      if (rewriteQualifiedIdent(e)) checkIdent(llvm::cast<ast::Ident>(*e));
      else checkSelector(llvm::cast<ast::Selector>(*e));
      break;
    case ast::Expr::Kind::FuncLit: checkFuncLit(llvm::cast<ast::FuncLit>(*e)); break;
    case ast::Expr::Kind::TypeAssert: checkTypeAssert(llvm::cast<ast::TypeAssert>(*e)); break;
    case ast::Expr::Kind::Paren: {
      auto &p = llvm::cast<ast::Paren>(*e);
      checkExpr(p.inner);
      p.type = p.inner->type;
      p.constant = p.inner->constant;
      break;
    }
    case ast::Expr::Kind::CompositeLit: checkCompositeLit(llvm::cast<ast::CompositeLit>(*e)); break;
    case ast::Expr::Kind::Index: checkIndex(llvm::cast<ast::Index>(*e)); break;
    case ast::Expr::Kind::SliceExpr: checkSliceExpr(llvm::cast<ast::SliceExpr>(*e)); break;
    case ast::Expr::Kind::TypeOperand:
      error(e->range.Start, sourceText(*e) + " (type) is not an expression");
      e->type = invalid();
      break;
    case ast::Expr::Kind::ImplicitConv: break;  // inserted by the checker: already checked
  }
}

bool Checker::requireSingle(ast::Expr &e) {
  if (e.type->kind == TypeKind::Tuple) {
    if (e.type->results.empty()) error(e.range.Start, describe(e) + " used as value");
    else error(e.range.Start, "multiple-value " + describe(e) + " in single-value context");
    e.type = invalid();
  }
  return e.type != invalid();
}

bool Checker::checkSingle(ast::ExprPtr &e) {
  checkExpr(e);
  return requireSingle(*e);
}

void Checker::useVar(Object *object, bool isRead) {
  if (isRead) used_.insert(object);
  if (object->isGlobal) {
    if (refs_) refs_->insert(object);
    return;
  }
  if (!fn_ || !object->owner || object->owner == fn_->info) return;
  // A variable of an enclosing function: every literal between here and its owner captures it.
  object->isCaptured = true;
  for (FuncContext *c = fn_; c && c->info != object->owner; c = c->outer) {
    auto &captures = c->info->captures;
    if (std::find(captures.begin(), captures.end(), object) == captures.end()) captures.push_back(object);
  }
}

void Checker::checkIdent(ast::Ident &id) {
  id.type = invalid();
  Object *o = id.package ? lookupQualified(id.package, id.name, id.qualifiedNameLoc) : lookup(id.name, id.range.Start);
  if (!o) return;
  id.object = o;
  switch (o->kind) {
    case Object::Kind::Var:
      useVar(o, /*isRead=*/true);
      if (o->type) id.type = o->type;
      break;
    case Object::Kind::Const:
      if (o == universe_->findHere("iota")) {
        if (!iota_) {
          error(id.range.Start, "cannot use `iota` outside constant declaration");
          return;
        }
        id.type = o->type;
        id.constant = ConstValue::ofInt(*iota_);
        return;
      }
      if (o->type) id.type = o->type;
      id.constant = o->constant;
      break;
    case Object::Kind::Func:
      if (refs_) refs_->insert(o);
      id.type = o->type;
      break;
    case Object::Kind::Nil: id.type = o->type; break;
    case Object::Kind::TypeName: error(id.range.Start, "`" + id.name + "` (type) is not an expression"); break;
    case Object::Kind::Builtin:
      if (builtinFunc(o->builtin).package.empty()) error(id.range.Start, "`" + id.name + "` (built-in function) must be called");
      else error(id.range.Start, "unsupported: `" + sourceText(id) + "` used as a value");
      break;
    case Object::Kind::Package: error(id.range.Start, "use of package `" + id.name + "` without selector"); break;
  }
}

std::optional<Selection> Checker::selectMember(const ast::Selector &sel, const Type *t) {
  Selection s = lookupFieldOrMethod(t, sel.name);
  if (isExported(sel.name)) return s;
  const std::string &owner = s.kind == Selection::Kind::Field    ? s.field->package
                             : s.kind == Selection::Kind::Method ? s.receiverBase->package
                                                                 : pkg_.name;
  if (owner.empty() || owner == pkg_.name) return s;
  error(sel.nameLoc, "`" + sourceText(sel) + "` undefined (cannot refer to unexported " +
                         (s.kind == Selection::Kind::Field ? "field " : "method ") + sel.name + ")");
  return std::nullopt;
}

void Checker::checkSelector(ast::Selector &sel) {
  sel.type = invalid();
  if (checkMethodExpression(sel)) return;
  if (!checkSingle(sel.base)) return;
  std::optional<Selection> selected = selectMember(sel, sel.base->type);
  if (!selected) return;
  const Selection &s = *selected;
  if (selectField(sel, s)) return;
  if (s.kind != Selection::Kind::Method) return reportNoFieldOrMethod(sel, s);
  // A method value: the receiver is evaluated (and a pointer method's taken by address) now.
  if (s.method->pointerReceiver && !s.indirect && !isAddressable(*sel.base)) {
    error(sel.nameLoc, "cannot call pointer method " + sel.name + " on " + typeName(s.receiverBase));
    return;
  }
  if (s.receiverBase->isInterface() && !s.path.empty()) {
    error(sel.range.Start, "unsupported: method value of `" + sel.name + "`, promoted from an embedded interface");
    return;
  }
  sel.isMethodValue = true;
  sel.path = s.path;
  sel.throughPointer = s.indirect;
  sel.type = s.method->signature;
  if (!s.receiverBase->isInterface()) {
    sel.methodDecl = methodDecl(s.receiverBase, sel.name);
    if (refs_) refs_->insert(sel.methodDecl->object);
  }
}

// `T.M` (or `(T).M`), a method expression, or an error when T has no such method. False when
// the base is not a type name.
bool Checker::checkMethodExpression(ast::Selector &sel) {
  const Type *t = typeDenotedBy(*sel.base);
  if (!t) return false;
  sel.type = invalid();
  if (t == invalid()) return true;
  std::optional<Selection> selected = selectMember(sel, t);
  if (!selected) return true;
  const Selection &s = *selected;
  if (s.kind == Selection::Kind::Method && !inMethodSet(t, s)) {
    error(sel.nameLoc, "invalid method expression `" + sourceText(sel) + "` (needs pointer receiver (*" +
                               typeName(t) + ")." + sel.name + ")");
    return true;
  }
  if (s.kind != Selection::Kind::Method) {
    error(sel.nameLoc, "`" + sourceText(sel) + "` undefined (type " + typeName(t) + " has no method `" + sel.name + "`)");
    return true;
  }
  if (s.receiverBase->isInterface() && !s.path.empty()) {
    error(sel.range.Start, "unsupported: method expression of `" + sel.name + "`, promoted from an embedded interface");
    return true;
  }
  // T.M is a function whose first parameter is the receiver.
  const Type *signature = s.method->signature->underlying;
  std::vector<const Type *> params{t};
  params.insert(params.end(), signature->params.begin(), signature->params.end());
  sel.isMethodExpr = true;
  sel.receiverType = t;
  sel.path = s.path;
  sel.type = types_.func(params, signature->results, signature->variadic);
  if (!s.receiverBase->isInterface()) {
    sel.methodDecl = methodDecl(s.receiverBase, sel.name);
    if (refs_) refs_->insert(sel.methodDecl->object);
  }
  return true;
}

void Checker::checkFuncLit(ast::FuncLit &lit) {
  ast::FunctionInfo &info = lit.info;
  if (!fn_) info.name = pkg_.symbolPrefix() + "glob..func" + std::to_string(++globalLiteralCount_);
  else if (fn_->isLiteral) info.name = fn_->info->name + "." + std::to_string(++fn_->literalCount);
  else info.name = fn_->info->name + ".func" + std::to_string(++fn_->literalCount);
  info.signature = signatureType(lit.sig);
  lit.type = info.signature;
  checkFunctionBody(info, lit.sig, *lit.body, /*isLiteral=*/true);
}

void Checker::checkTypeAssert(ast::TypeAssert &ta) {
  ta.type = invalid();
  bool ok = checkSingle(ta.operand);
  const Type *target = resolveType(*ta.assertedType);
  if (!ok || target == invalid()) return;
  const Type *iface = ta.operand->type;
  if (!iface->isInterface()) {
    error(ta.operand->range.Start, "invalid operation: " + describe(*ta.operand) + " is not an interface");
    return;
  }
  if (!target->isInterface() && !implements(target, iface)) {
    error(ta.operand->range.Start, "impossible type assertion: `" + sourceText(ta) + "`: " +
                                       whyNotImplements(target, iface));
    return;
  }
  ta.type = target;
}

}  // namespace minigo
