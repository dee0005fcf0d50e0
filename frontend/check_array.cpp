// Arrays and slices: their types, literals, index expressions.
#include "frontend/check_internal.h"

#include <set>

namespace minigo {

// ArrayType = "[" ArrayLength "]" ElementType : the length is a non-negative constant int.
// SliceType = "[" "]" ElementType .
const Type *Checker::resolveArray(ast::TypeExpr &type) {
  if (!type.length) {
    if (type.ellipsis) {
      error(type.range.Start, "invalid use of [...] array (outside a composite literal)");
      return invalid();
    }
    // Like a pointer, a slice needs its element type only to exist: `type Tree struct{ kids []Tree }`.
    ++indirection_;
    const Type *elem = resolveType(*type.elem);
    --indirection_;
    return elem == invalid() ? invalid() : types_.slice(elem);
  }
  std::optional<int64_t> length = constantIndex(type.length, "array length");
  const Type *elem = resolveType(*type.elem);
  if (!length || elem == invalid()) return invalid();
  return types_.array(elem, *length);
}

// An index or size has an integer type, or is a constant of a numeric one (that checkIntArgument
// or constantIndex then checks for a representable int). False after saying why not, as gc does.
bool Checker::checkIndexType(const ast::Expr &e) {
  if (e.type->isInteger() || (isConst(e) && e.type->isNumeric())) return true;
  if (isConst(e)) error(e.range.Start, "cannot convert " + describe(e) + " to type int");
  else error(e.range.Start, "invalid argument: index " + describe(e) + " must be integer");
  return false;
}

// The value of a constant that indexes or sizes an array.
std::optional<int64_t> Checker::constantIndex(ast::ExprPtr &e, const std::string &what) {
  checkExpr(e);
  if (e->type == invalid()) return std::nullopt;
  if (!isConst(*e)) {
    error(e->range.Start, what + " " + describe(*e) + " must be constant");
    return std::nullopt;
  }
  std::string why;
  if (!e->type->isNumeric() || !representable(*e, types_.intType(), why)) {
    if (what == "index" && !why.empty())
      error(e->range.Start, describe(*e) + (why == "truncated" ? " truncated to int" : " overflows int"));
    else error(e->range.Start, what + " " + describe(*e) + " must be integer");
    return std::nullopt;
  }
  if (intOf(*e) < 0) {
    if (what == "index") {
      finalize(*e, types_.intType());  // gc describes the index as an int
      error(e->range.Start, "invalid argument: index " + describe(*e) + " must not be negative");
    } else {
      error(e->range.Start, "invalid " + what + " " + describe(*e));
    }
    return std::nullopt;
  }
  finalize(*e, types_.intType());
  return int64_t(intOf(*e));
}

// [N]T{a, b, 5: c}, [...]T{...} and []T{...}: elements at consecutive indices, or at constant keys.
void Checker::checkArrayLit(ast::CompositeLit &lit, const Type *t) {
  lit.type = invalid();
  const Type *elem = t ? t->underlying->elem : resolveType(*lit.litType->elem);
  if (elem == invalid()) return;
  bool ok = true;
  int64_t next = 0, length = 0;
  std::set<int64_t> seen;
  for (ast::KeyedElement &e : lit.elems) {
    int64_t index = next;
    if (e.key) {
      std::optional<int64_t> key = constantIndex(e.key, "index");
      if (!key) {
        ok = false;
        checkElement(e.value, elem, "array or slice literal");
        continue;
      }
      index = *key;
    }
    if (t && t->kind == TypeKind::Array && index >= t->underlying->length) {
      error((e.key ? e.key : e.value)->range.Start,
            "index " + std::to_string(index) + " out of bounds [0:" + std::to_string(t->underlying->length) + "]");
      return;
    }
    if (!seen.insert(index).second) {
      error((e.key ? e.key : e.value)->range.Start, "duplicate index " + std::to_string(index) + " in array or slice literal");
      ok = false;
    }
    ok &= checkElement(e.value, elem, "array or slice literal");
    lit.fieldIndex.push_back(index);
    next = index + 1;
    length = std::max(length, next);
  }
  if (!ok) return;
  if (!t) {
    t = types_.array(elem, length);
    lit.litType->resolved = t;
  }
  lit.type = t;
}

// An element of an array or map literal (or a map literal's key): a `{...}` without a type is a
// literal of the element type (or of the type it points to, as `&T{...}`).
bool Checker::checkElement(ast::ExprPtr &value, const Type *elem, const std::string &context) {
  auto *lit = llvm::dyn_cast<ast::CompositeLit>(value.get());
  if (lit && !lit->litType) {
    bool pointer = elem->kind == TypeKind::Pointer;
    checkLiteralOfType(*lit, pointer ? elem->underlying->elem : elem);
    if (lit->type == invalid()) return false;
    if (pointer) {
      auto address = std::make_unique<ast::Unary>();
      address->op = ast::UnaryOp::AddrOf;
      address->range = lit->range;
      address->type = types_.pointer(lit->type);
      address->operand = std::move(value);
      value = std::move(address);
    }
    return assign(value, elem, context);
  }
  if (!checkSingle(value)) return false;
  return assign(value, elem, context);
}

// a[i] of an array, a pointer to one, a slice, or a string (a byte, never a constant); m[k] of a
// map.
void Checker::checkIndex(ast::Index &ix) {
  ix.type = invalid();
  bool ok = checkSingle(ix.base);
  ok &= checkSingle(ix.index);
  if (!ok) return;
  const Type *t = ix.base->type;
  if (t->kind == TypeKind::Map) return checkMapIndex(ix);
  if (t->kind == TypeKind::Pointer && t->underlying->elem->kind == TypeKind::Array) t = t->underlying->elem;
  bool isString = t->isStringLike();
  if (t->kind != TypeKind::Array && t->kind != TypeKind::Slice && !isString) {
    error(ix.base->range.Start, "invalid operation: cannot index " + describe(*ix.base));
    return;
  }
  if (!checkIndexType(*ix.index)) return;
  // The length known here: an array's, or a constant string's.
  std::optional<int64_t> length;
  if (t->kind == TypeKind::Array) length = t->underlying->length;
  else if (isConst(*ix.base)) length = int64_t(ix.base->constant.asString().size());
  if (isConst(*ix.index)) {
    std::optional<int64_t> index = constantIndex(ix.index, "index");
    if (!index) return;
    if (length && *index >= *length) {
      error(ix.index->range.Start, "invalid argument: index " + std::to_string(*index) + " out of bounds [0:" +
                                       std::to_string(*length) + "]");
      return;
    }
  } else {
    finalize(*ix.index, types_.intType());
  }
  if (isString) finalize(*ix.base, types_.stringType());
  ix.type = isString ? types_.numeric(TypeKind::Uint8) : t->underlying->elem;
}

}  // namespace minigo
