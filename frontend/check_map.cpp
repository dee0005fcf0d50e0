// Maps: map types, map literals, map index expressions, and the builtins that make, empty and
// delete from maps (make and clear dispatch on their operand's type kind).
#include "frontend/check_internal.h"

#include <set>

namespace minigo {

// MapType = "map" "[" KeyType "]" ElementType . Like a pointer, a map needs its element type only
// to exist: `type Tree map[string]Tree`. Its key type must be comparable, which resolveType
// checks once that type is resolved (check_types.cpp).
const Type *Checker::resolveMap(ast::TypeExpr &type) {
  ++indirection_;
  const Type *key = resolveType(*type.key);
  const Type *elem = resolveType(*type.elem);
  --indirection_;
  if (key == invalid() || elem == invalid()) return invalid();
  return types_.map(key, elem);
}

// map[K]V{k: v, ...}: every element has a key; constant keys are distinct. A `{...}` key or
// value without a type is a literal of K or V (checkElement).
void Checker::checkMapLit(ast::CompositeLit &lit, const Type *t) {
  lit.type = invalid();
  const Type *key = t->underlying->key, *elem = t->underlying->elem;
  bool ok = true;
  std::set<std::pair<const Type *, std::string>> constantKeys;
  for (ast::KeyedElement &e : lit.elems) {
    if (!e.key) {
      error(e.value->range.Start, "missing key in map literal");
      checkElement(e.value, elem, "map literal");
      ok = false;
      continue;
    }
    bool keyOk = checkElement(e.key, key, "map literal");
    ok &= keyOk;
    ok &= checkElement(e.value, elem, "map literal");
    // A key converted to an interface is duplicate when it is the same constant of the same type.
    const ast::Expr *k = e.key.get();
    if (auto *conv = llvm::dyn_cast<ast::ImplicitConv>(k)) k = conv->operand.get();
    if (keyOk && isConst(*k) && !constantKeys.insert({k->type, constString(*k)}).second) {
      error(e.key->range.Start, "duplicate key " + constString(*k) + " in map literal");
      ok = false;
    }
  }
  if (ok) lit.type = t;
}

// m[k]: the key is assigned to the key type; the value is the element (its zero value when
// there is no such entry). checkValues makes it a (value, ok) pair in `v, ok := m[k]`.
void Checker::checkMapIndex(ast::Index &ix) {
  const Type *t = ix.base->type->underlying;
  if (assign(ix.index, t->key, "map index")) ix.type = t->elem;
}

// delete(m, k) and clear(m), their arguments already checked and counted.
void Checker::checkMapBuiltin(ast::Call &call, Builtin b) {
  call.type = invalid();
  ast::ExprPtr &m = call.args[0];
  if (b == Builtin::Clear) {  // of a map or a slice
    if (m->type->kind != TypeKind::Map && m->type->kind != TypeKind::Slice) {
      error(m->range.Start, "invalid argument: cannot clear " + describe(*m) +
                                ": argument must be (or constrained by) map or slice");
      return;
    }
    call.type = types_.tuple({});
    return;
  }
  if (m->type->kind != TypeKind::Map) {
    error(m->range.Start, "invalid argument: " + describe(*m) + " is not a map");
    return;
  }
  if (assign(call.args[1], m->type->underlying->key, "argument to delete"))
    call.type = types_.tuple({});
}

// `m[k].f = v` and `m[k].a.b = v`: a field of a map's element is not a variable.
bool Checker::reportFieldOfMapElement(const ast::Expr &target) {
  const ast::Expr *base = &unparen(target);
  while (auto *sel = llvm::dyn_cast<ast::Selector>(base)) {
    if (!sel->isField || sel->throughPointer) return false;
    base = &unparen(*sel->base);
  }
  if (base == &unparen(target) || !isMapIndex(*base)) return false;
  error(target.range.Start, "cannot assign to struct field `" + sourceText(target) + "` in map");
  return true;
}

}  // namespace minigo
