// Declarations and assignments: var, const, :=, =, op=, and function bodies.
#include "frontend/check_internal.h"
#include "frontend/check_multi_value.h"

namespace minigo {

using ast::Object;

static std::string plural(size_t n, const char *word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

Checker::Values Checker::checkValues(std::vector<ast::ExprPtr> &values, size_t n, llvm::SMLoc loc) {
  Values result;
  bool oneTuple = false;
  if (values.size() == 1) {
    checkExpr(values[0]);
    oneTuple = values[0]->type->kind == TypeKind::Tuple && values[0]->type->results.size() >= 2;
  }
  if (oneTuple || (values.size() == 1 && n >= 2)) {
    ast::ExprPtr &value = values[0];
    if (value->type == invalid()) return result;
    result.multi = true;
    // The comma-ok forms: `v, ok := x.(T)`, `v, ok := m[k]` and `v, ok := <-c`, also in parentheses (dropped
    // here, so that the node that gives two values is the value itself). ok is an untyped
    // bool, assignable to any boolean type; the node's tuple holds a bool.
    if (n == 2 && (llvm::isa<ast::TypeAssert>(unparen(*value)) || isMapIndex(*value) || isReceive(*value))) {
      while (auto *paren = llvm::dyn_cast<ast::Paren>(value.get())) {
        ast::ExprPtr inner = std::move(paren->inner);
        value = std::move(inner);
      }
      result.types = {value->type, types_.untyped(TypeKind::UntypedBool)};
      value->type = types_.tuple({value->type, types_.boolType()});
      result.ok = true;
      return result;
    }
    if (value->type->kind == TypeKind::Tuple && value->type->results.size() == n) {
      result.types = value->type->results;
      result.ok = true;
      return result;
    }
    if (value->type->kind == TypeKind::Tuple)
      error(loc, "assignment mismatch: " + plural(n, "variable") + " but `" + sourceText(*value) +
                     "` returns " + plural(value->type->results.size(), "value"));
    else
      error(loc, "assignment mismatch: " + plural(n, "variable") + " but 1 value");
    return result;
  }
  bool ok = true;
  for (ast::ExprPtr &value : values) {
    if (values.size() != 1) checkExpr(value);  // a single value was checked above
    ok &= requireSingle(*value);
  }
  if (values.size() != n) {
    error(loc, "assignment mismatch: " + plural(n, "variable") + " but " + plural(values.size(), "value"));
    return result;
  }
  result.ok = ok;
  return result;
}

void Checker::checkVarDecl(ast::VarDecl &d, bool global) {
  const Type *declared = d.type ? resolveType(*d.type) : nullptr;
  std::vector<const Type *> types(d.names.size(), declared ? declared : invalid());
  if (!d.values.empty()) {
    Values values = checkValues(d.values, d.names.size(), d.range.Start);
    if (values.ok && values.multi && declared) assignMultiValue(*this, d.values[0], values.types, types, "assignment");
    for (size_t i = 0; values.ok && i < d.names.size(); ++i) {
      if (values.multi) {
        if (!declared) types[i] = types_.defaultType(values.types[i]);
      } else if (declared) {
        assign(d.values[i], declared, "variable declaration");
      } else if (defaultize(d.values[i], "variable declaration")) {
        types[i] = d.values[i]->type;
      }
    }
  }
  for (size_t i = 0; i < d.names.size(); ++i) {
    if (global) {
      if (d.objects[i]) d.objects[i]->type = types[i];
      continue;
    }
    Object *o = nullptr;
    if (d.names[i] != "_") {
      o = newObject(Object::Kind::Var, d.names[i], d.nameLocs[i], types[i]);
      o->owner = fn_->info;
      fn_->locals.push_back(o);
    }
    d.objects.push_back(o);
  }
  if (!global)
    for (Object *o : d.objects)
      if (o) declare(o);
}

void Checker::checkConstDecl(ast::ConstDecl &d, bool global) {
  auto savedIota = iota_;
  iota_ = d.iota;
  const Type *declared = d.type ? resolveType(*d.type) : nullptr;
  if (d.values.size() < d.names.size())
    error(d.nameLocs[d.values.size()], "missing init expr for const declaration");
  else if (d.values.size() > d.names.size())
    error(d.values[d.names.size()]->range.Start, "extra init expr");
  for (size_t i = 0; i < d.names.size(); ++i) {
    Object *o = global ? d.objects[i] : nullptr;
    if (!global && d.names[i] != "_") {
      o = newObject(Object::Kind::Const, d.names[i], d.nameLocs[i], nullptr);
      d.objects.push_back(o);
    } else if (!global) {
      d.objects.push_back(nullptr);
    }
    const Type *type = invalid();
    if (i < d.values.size() && checkSingle(d.values[i])) {
      ast::ExprPtr &value = d.values[i];
      if (!isConst(*value)) {
        error(value->range.Start, describe(*value) + " is not constant");
      } else if (!declared || assign(value, declared, "constant declaration")) {
        type = value->type;
        if (o) o->constant = value->constant;
        // The object keeps the untyped value; the expression itself must not stay untyped.
        if (type->isUntyped()) finalize(*value, types_.defaultType(type), /*checkConstant=*/false);
      }
    }
    if (o) o->type = type;
  }
  if (!global)
    for (Object *o : d.objects)
      if (o) declare(o);
  iota_ = savedIota;
}

// The position of `:=` after the last name (Go reports "no new variables" there).
static llvm::SMLoc defineLoc(const ast::ShortVarDecl &d) {
  const char *p = d.lhs.back()->range.End.getPointer();
  if (!p) return d.range.Start;
  while (*p == ' ' || *p == '\t') ++p;
  return *p == ':' ? llvm::SMLoc::getFromPointer(p) : d.range.Start;
}

void Checker::checkShortVarDecl(ast::ShortVarDecl &d) {
  Values values = checkValues(d.values, d.lhs.size(), d.range.Start);
  std::vector<Object *> fresh;
  std::vector<const Type *> assigned(d.lhs.size());  // the types of the variables assigned, not declared
  bool anyNew = false;
  d.isNew.assign(d.lhs.size(), false);
  for (size_t i = 0; i < d.lhs.size(); ++i) {
    ast::Ident &id = *d.lhs[i];
    const Type *valueType = values.ok ? (values.multi ? types_.defaultType(values.types[i]) : d.values[i]->type) : invalid();
    id.type = valueType;
    if (id.name == "_") {
      if (values.ok && !values.multi && defaultize(d.values[i], "assignment")) id.type = d.values[i]->type;
      continue;
    }
    bool repeated = false;
    for (size_t j = 0; j < i; ++j) repeated |= d.lhs[j]->name == id.name;
    if (repeated) {
      error(id.range.Start, "`" + id.name + "` repeated on left side of `:=`");
      continue;
    }
    if (Object *existing = scope_->findHere(id.name)) {
      id.object = existing;
      if (existing->kind != Object::Kind::Var) {
        error(id.range.Start, "cannot assign to `" + id.name + "`");
        continue;
      }
      useVar(existing, /*isRead=*/false);
      id.type = existing->type;
      if (!values.ok || !existing->type) continue;
      if (values.multi) assigned[i] = existing->type;
      else assign(d.values[i], existing->type, "assignment");
      continue;
    }
    anyNew = true;
    d.isNew[i] = true;
    if (values.ok && !values.multi && defaultize(d.values[i], "assignment")) valueType = d.values[i]->type;
    else if (values.ok && !values.multi) valueType = invalid();
    id.type = valueType;
    Object *o = newObject(Object::Kind::Var, id.name, id.range.Start, valueType);
    o->owner = fn_->info;
    fn_->locals.push_back(o);
    id.object = o;
    fresh.push_back(o);
  }
  if (values.ok && values.multi) assignMultiValue(*this, d.values[0], values.types, assigned, "assignment");
  if (!anyNew) error(defineLoc(d), "no new variables on left side of `:=`");
  for (Object *o : fresh) declare(o);
}

const Type *Checker::checkLvalue(ast::ExprPtr &e) {
  if (auto *id = llvm::dyn_cast<ast::Ident>(e.get())) {
    if (id->name == "_") return nullptr;
    id->type = invalid();
    Object *o = lookup(id->name, id->range.Start);
    if (!o) return invalid();
    id->object = o;
    if (o->kind != Object::Kind::Var) {
      error(id->range.Start, "cannot assign to `" + id->name + "` (neither addressable nor a map index expression)");
      return invalid();
    }
    useVar(o, /*isRead=*/false);
    id->type = o->type ? o->type : invalid();
    return id->type;
  }
  if (auto *p = llvm::dyn_cast<ast::Paren>(e.get())) {
    const Type *t = checkLvalue(p->inner);
    p->type = t ? t : invalid();
    return t;
  }
  checkExpr(e);
  if (e->type == invalid()) return invalid();
  if (isAddressable(*e) || isMapIndex(*e)) return e->type;
  if (reportFieldOfMapElement(*e)) return invalid();
  error(e->range.Start, "cannot assign to `" + sourceText(*e) + "` (neither addressable nor a map index expression)");
  return invalid();
}

void Checker::checkCompoundAssign(ast::Assign &a) {
  const Type *target = checkLvalue(a.lhs[0]);
  bool ok = checkSingle(a.rhs[0]);
  if (!target) {
    error(a.lhs[0]->range.Start, "cannot use `_` as value");
    return;
  }
  if (!ok || target == invalid()) return;
  // `x op= y` is `x = x op y`: the operands are matched as for the binary operator.
  auto op = ast::BinaryOp(int(a.op) - 1);
  ast::Expr &y = *a.rhs[0];
  if (op == ast::BinaryOp::Shl || op == ast::BinaryOp::Shr) {
    if (isConst(y) && !checkShiftCount(y, /*constantShift=*/false)) return;
    if (!isConst(y) && !y.type->isInteger()) return error(y.range.Start, "invalid shift count " + describe(y));
    finalize(y, types_.intType());
    if (!target->isInteger())
      error(a.lhs[0]->range.Start, "invalid operation: shifted operand " + describe(*a.lhs[0]) + " must be integer");
    return;
  }
  if (!convertOperand(y, target)) {
    if (y.type != invalid())
      error(a.lhs[0]->range.Start, "invalid operation: mismatched types " + typeName(target) + " and " + typeName(y.type));
    return;
  }
  if (y.type != target)
    return error(a.lhs[0]->range.Start, "invalid operation: mismatched types " + typeName(target) + " and " + typeName(y.type));
  if (!operatorDefined(op, target))
    return error(a.lhs[0]->range.Start, "invalid operation: operator not defined on " + describe(*a.lhs[0]));
  if ((op == ast::BinaryOp::Div || op == ast::BinaryOp::Rem) && isConst(y) && target->isInteger() &&
      intOf(y) == 0)
    error(y.range.Start, "invalid operation: division by zero");
}

void Checker::checkAssign(ast::Assign &a) {
  if (a.op != ast::AssignOp::Plain) return checkCompoundAssign(a);
  std::vector<const Type *> targets;
  for (ast::ExprPtr &lhs : a.lhs) targets.push_back(checkLvalue(lhs));
  Values values = checkValues(a.rhs, a.lhs.size(), a.range.Start);
  if (!values.ok) return;
  if (values.multi) assignMultiValue(*this, a.rhs[0], values.types, targets, "assignment");
  for (size_t i = 0; i < a.lhs.size(); ++i) {
    const Type *target = targets[i];
    if (target == invalid()) continue;
    if (values.multi) {
      if (!target) a.lhs[i]->type = types_.defaultType(values.types[i]);
    } else if (target) {
      assign(a.rhs[i], target, "assignment");
    } else if (defaultize(a.rhs[i], "assignment")) {
      a.lhs[i]->type = a.rhs[i]->type;
    }
  }
  for (ast::ExprPtr &lhs : a.lhs)
    if (!lhs->type) lhs->type = invalid();
}

void Checker::checkFunctionBody(ast::FunctionInfo &info, ast::Signature &sig, ast::Block &body, bool isLiteral) {
  FuncContext context;
  context.info = &info;
  context.outer = fn_;
  context.isLiteral = isLiteral;
  fn_ = &context;
  openScope();
  auto declareAll = [&](std::vector<ast::Param> &params, const std::vector<const Type *> &types,
                        std::vector<Object *> &objects) {
    for (size_t i = 0; i < params.size(); ++i) {
      const std::string &name = params[i].name;
      Object *o = newObject(Object::Kind::Var, name == "_" ? "" : name, params[i].loc, types[i]);
      o->owner = &info;
      objects.push_back(o);
      declare(o);
    }
  };
  declareAll(sig.params, info.signature->params, info.params);
  declareAll(sig.results, info.signature->results, info.results);
  info.namedResults = !sig.results.empty() && !sig.results[0].name.empty();
  checkStmts(body.stmts);
  closeScope();
  if (!info.signature->results.empty() && !isTerminating(&body)) error(body.rbrace, "missing return");
  checkJumps(context);
  reportUnused(context);
  fn_ = context.outer;
}

void Checker::reportUnused(FuncContext &fn) {
  // As in Go, a variable whose initializer failed counts as used: no follow-on error.
  for (Object *o : fn.locals)
    if (!used_.count(o) && o->type != invalid()) error(o->loc, "declared and not used: `" + o->name + "`");
}

}  // namespace minigo
