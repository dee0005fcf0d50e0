// Structs and pointers: struct and pointer type expressions, field selectors, composite
// literals, `&x`, `*p` and `new(T)`.
#include "frontend/ast_queries.h"
#include "frontend/check_internal.h"

#include <set>

namespace minigo {

using ast::Object;

// StructType = "struct" "{" { FieldDecl ";" } "}" : field names are unique, blank ones aside.
const Type *Checker::resolveStruct(ast::TypeExpr &type) {
  std::vector<Field> fields;
  std::set<std::string> names;
  bool ok = true;
  for (ast::FieldExpr &f : type.fields) {
    const Type *t = resolveType(*f.type);
    if (t == invalid()) {
      ok = false;
      continue;
    }
    if (f.embedded) {
      const Type *base = t->kind == TypeKind::Pointer && !t->isDefined() ? t->elem : t;
      if (base->kind == TypeKind::Pointer) {
        error(f.loc, "embedded field type cannot be a pointer");
        ok = false;
      } else if (t != base && base->isInterface()) {
        error(f.loc, "embedded field type cannot be a pointer to an interface");
        ok = false;
      }
    }
    if (f.name != "_" && !names.insert(f.name).second) {
      error(f.loc, "`" + f.name + "` redeclared");
      ok = false;
    }
    fields.push_back({f.name, t, f.embedded, f.tag, pkg_.name});
  }
  return ok ? types_.structType(std::move(fields)) : invalid();
}

// x.f: a field of x's struct type (or of a struct it embeds), through pointers as needed.
// Returns false when `name` selects no field (the caller then looks for a method).
bool Checker::selectField(ast::Selector &sel, const Selection &s) {
  if (s.kind != Selection::Kind::Field) return false;
  sel.isField = true;
  sel.path = s.path;
  sel.throughPointer = s.indirect;
  sel.type = s.field->type;
  return true;
}

void Checker::reportNoFieldOrMethod(ast::Selector &sel, const Selection &s) {
  const Type *t = sel.base->type;
  if (s.kind == Selection::Kind::Ambiguous) {
    error(sel.nameLoc, "ambiguous selector `" + sourceText(sel) + "`");
    return;
  }
  if (t->kind == TypeKind::Pointer && t->underlying->elem->isInterface()) {
    error(sel.nameLoc, "`" + sourceText(sel) + "` undefined (type " + typeName(t) +
                           " is pointer to interface, not interface)");
    return;
  }
  error(sel.nameLoc, "`" + sourceText(sel) + "` undefined (type " + typeName(t) + " has no field or method `" +
                         sel.name + "`)");
}

// `&x` of an addressable operand or a composite literal; `*p` of a pointer.
void Checker::checkPointerOp(ast::Unary &u) {
  u.type = invalid();
  if (!checkSingle(u.operand)) return;
  const ast::Expr &operand = unparen(*u.operand);
  const Type *t = u.operand->type;
  if (u.op == ast::UnaryOp::AddrOf) {
    if (!llvm::isa<ast::CompositeLit>(operand) && !isAddressable(operand)) {
      error(u.operand->range.Start, "invalid operation: cannot take address of " + describe(*u.operand));
      return;
    }
    u.type = types_.pointer(t);
    return;
  }
  if (t->kind == TypeKind::UntypedNil) {
    error(u.operand->range.Start, "invalid operation: cannot indirect nil");
    return;
  }
  if (t->kind != TypeKind::Pointer) {
    error(u.operand->range.Start, "invalid operation: cannot indirect " + describe(*u.operand));
    return;
  }
  u.type = t->underlying->elem;
}

// T{...}. A literal without a type (an element of an array literal) is checked by the
// literal that gives it its type.
void Checker::checkCompositeLit(ast::CompositeLit &lit) {
  lit.type = invalid();
  if (!lit.litType) {
    error(lit.range.Start, "invalid composite literal type: missing type");
    for (ast::KeyedElement &e : lit.elems)
      if (!e.key) checkExpr(e.value);
    return;
  }
  if (lit.litType->kind == ast::TypeExpr::Kind::Array && lit.litType->ellipsis) return checkArrayLit(lit, nullptr);
  const Type *t = resolveType(*lit.litType);
  if (t == invalid()) return;
  checkLiteralOfType(lit, t);
}

void Checker::checkLiteralOfType(ast::CompositeLit &lit, const Type *t) {
  lit.type = invalid();
  if (t->kind == TypeKind::Array || t->kind == TypeKind::Slice) return checkArrayLit(lit, t);
  if (t->kind == TypeKind::Map) return checkMapLit(lit, t);
  if (t->kind != TypeKind::Struct) {
    error(lit.range.Start, (t->isInterface() || t->kind == TypeKind::Func || t->kind == TypeKind::Pointer ||
                                    t->kind == TypeKind::Bool || t->isNumeric() || t->isStringLike()
                                ? "invalid composite literal type "
                                : "unsupported: composite literal of type ") +
                               typeName(t));
    return;
  }
  const std::vector<Field> &fields = t->underlying->fields;
  std::string name = typeName(t);
  bool keyed = !lit.elems.empty() && lit.elems[0].key;
  bool ok = true;
  std::set<int> set;
  for (size_t i = 0; i < lit.elems.size(); ++i) {
    ast::KeyedElement &e = lit.elems[i];
    if (bool(e.key) != keyed) {
      error(e.value->range.Start, "mixture of field:value and value elements in struct literal");
      return;
    }
    int index = int(i);
    if (keyed) {
      auto *key = llvm::dyn_cast<ast::Ident>(e.key.get());
      auto field = std::find_if(fields.begin(), fields.end(), [&](const Field &f) { return key && f.name == key->name; });
      if (!key || field == fields.end()) {
        error(e.key->range.Start, "unknown field `" + sourceText(*e.key) + "` in struct literal of type " + name);
        checkExpr(e.value);
        ok = false;
        continue;
      }
      index = int(field - fields.begin());
      if (!set.insert(index).second) {
        error(e.key->range.Start, "duplicate field name `" + key->name + "` in struct literal");
        ok = false;
      }
    } else if (i >= fields.size()) {
      error(e.value->range.Start, "too many values in struct literal of type " + name);
      return;
    }
    const Field &f = fields[index];
    if (!isExported(f.name) && f.package != pkg_.name) {  // another package's unexported field
      error((keyed ? e.key : e.value)->range.Start, std::string(keyed ? "cannot refer to" : "implicit assignment to") +
                                                        " unexported field " + f.name + " in struct literal of type " + name);
      ok = false;
    }
    if (!checkSingle(e.value)) {
      ok = false;
      continue;
    }
    ok &= assign(e.value, fields[index].type, "struct literal");
    lit.fieldIndex.push_back(index);
  }
  if (!keyed && !lit.elems.empty() && lit.elems.size() < fields.size()) {
    error(lit.rbrace, "too few values in struct literal of type " + name);
    return;
  }
  if (ok) lit.type = t;
}

// new(T), or Go 1.26's new(v): a new variable of type T (zero), or holding v (one argument).
void Checker::checkNew(ast::Call &call) {
  if (const Type *t = typeDenotedBy(*call.args[0])) {
    call.args.clear();  // codegen allocates a zero T
    if (t != invalid()) call.type = types_.pointer(t);
    return;
  }
  if (!checkSingle(call.args[0]) || !defaultize(call.args[0], "argument to built-in `new`")) return;
  call.type = types_.pointer(call.args[0]->type);
}

// The type an expression spells: `T`, `pkg.T`, `*T`, `(T)` or a type literal, parenthesised or
// not; null for any other expression, invalid() for a type whose error was reported.
const Type *Checker::typeDenotedBy(const ast::Expr &e) {
  if (auto *p = llvm::dyn_cast<ast::Paren>(&e)) return typeDenotedBy(*p->inner);
  if (auto *literal = llvm::dyn_cast<ast::TypeOperand>(&e)) return resolveType(*literal->denoted);
  if (auto *u = llvm::dyn_cast<ast::Unary>(&e); u && u->op == ast::UnaryOp::Deref) {
    const Type *elem = typeDenotedBy(*u->operand);
    return elem && elem != invalid() ? types_.pointer(elem) : elem;
  }
  ast::TypeExpr name;
  name.kind = ast::TypeExpr::Kind::Name;
  name.range = e.range;
  if (auto *id = llvm::dyn_cast<ast::Ident>(&e)) {
    Object *o = findName(*id);
    if (!o || o->kind != Object::Kind::TypeName) return nullptr;
    name.name = id->name;
    name.nameLoc = id->package ? id->qualifiedNameLoc : id->range.Start;
    if (id->package) name.package = id->package->name;
  } else if (auto *sel = llvm::dyn_cast<ast::Selector>(&e)) {
    auto *pkg = llvm::dyn_cast<ast::Ident>(sel->base.get());
    Object *o = pkg ? scope_->find(pkg->name) : nullptr;
    if (!o || o->kind != Object::Kind::Package) return nullptr;
    auto member = o->package->members.find(sel->name);  // `pkg.Var.Method` is no type
    if (member != o->package->members.end() && member->second->kind != Object::Kind::TypeName) return nullptr;
    name.package = pkg->name;
    name.name = sel->name;
    name.nameLoc = sel->nameLoc;
  } else {
    return nullptr;
  }
  return resolveType(name);
}

}  // namespace minigo
