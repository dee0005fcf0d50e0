// Slices: slice expressions, the builtins make, cap, append and copy, and the conversions
// between slices, arrays and strings. (Slice types and literals are with arrays.)
#include "frontend/check_internal.h"

namespace minigo {

static bool isSlice(const Type *t) { return t->kind == TypeKind::Slice; }

// []byte or []rune (of any defined element type whose underlying type is byte or rune).
static bool isBytesOrRunes(const Type *t) {
  if (!isSlice(t)) return false;
  TypeKind elem = t->underlying->elem->kind;
  return elem == TypeKind::Uint8 || elem == TypeKind::Int32;
}

// One index of a slice expression or argument of make: an int, or a constant representable as
// one that is not negative. Returns false after reporting why it is not.
bool Checker::checkIntArgument(ast::ExprPtr &e, std::optional<int64_t> &value) {
  if (!checkSingle(e) || !checkIndexType(*e)) return false;
  if (isConst(*e)) {
    value = constantIndex(e, "index");
    return value.has_value();
  }
  finalize(*e, types_.intType());
  return true;
}

// a[low:high:max] of a string (not with max), an addressable array, a pointer to an array, or a
// slice. Constant indices are checked against each other and a known length, as gc does.
void Checker::checkSliceExpr(ast::SliceExpr &e) {
  e.type = invalid();
  if (!checkSingle(e.base)) return;
  const Type *t = e.base->type;
  std::optional<int64_t> length;  // an array's, or a constant string's
  if (t->isStringLike()) {
    if (e.max) return error(e.max->range.Start, "invalid operation: 3-index slice of string");
    if (isConst(*e.base)) length = int64_t(e.base->constant.asString().size());
    finalize(*e.base, types_.stringType());
    e.type = e.base->type;
  } else if (t->kind == TypeKind::Pointer && t->underlying->elem->kind == TypeKind::Array) {
    length = t->underlying->elem->underlying->length;
    e.type = types_.slice(t->underlying->elem->underlying->elem);
  } else if (t->kind == TypeKind::Array) {
    if (!isAddressable(*e.base)) return error(e.base->range.Start, "cannot slice unaddressable value " + describe(*e.base));
    length = t->underlying->length;
    e.type = types_.slice(t->underlying->elem);
  } else if (isSlice(t)) {
    e.type = t;
  } else {
    return error(e.base->range.Start, "cannot slice " + describe(*e.base));
  }
  std::vector<int64_t> known;  // the constant indices, in order
  bool ok = true;
  for (ast::ExprPtr *index : {&e.low, &e.high, &e.max}) {
    if (!*index) continue;
    std::optional<int64_t> value;
    if (!checkIntArgument(*index, value)) {
      ok = false;
      continue;
    }
    if (!value) continue;
    if (length && *value > *length) {
      error((*index)->range.Start, "invalid argument: index " + std::to_string(*value) + " out of bounds [0:" +
                                       std::to_string(*length + 1) + "]");
      ok = false;
      continue;
    }
    for (int64_t before : known)
      if (before > *value) {
        error((*index)->range.Start, "invalid slice indices: " + std::to_string(*value) + " < " + std::to_string(before));
        ok = false;
      }
    known.push_back(*value);
  }
  if (!ok) e.type = invalid();
}

// len(x) and cap(x): of an array or a pointer to one (a constant unless evaluating x calls a
// function), of a slice or a channel, and (len only) of a string or a map.
void Checker::checkLenCap(ast::Call &call, Builtin b) {
  ast::ExprPtr &arg = call.args[0];
  const Type *t = arg->type;
  if (t->kind == TypeKind::Pointer && t->underlying->elem->kind == TypeKind::Array) t = t->underlying->elem;
  call.type = types_.intType();
  if (t->kind == TypeKind::Array) {
    if (!containsCall(*arg)) call.constant = ConstValue::ofInt(t->underlying->length);
    return;
  }
  if (isSlice(t) || t->kind == TypeKind::Chan || (b == Builtin::Len && t->kind == TypeKind::Map)) return;
  if (b == Builtin::Len && t->isStringLike()) {
    if (isConst(*arg)) call.constant = ConstValue::ofInt(int64_t(arg->constant.asString().size()));
    finalize(*arg, types_.stringType());
    return;
  }
  call.type = invalid();
  error(arg->range.Start, "invalid argument: " + describe(*arg) + " for built-in `" + builtinFunc(b).goName() + "`");
}

// make([]T, len[, cap]), make(map[K]V[, hint]) and make(chan T[, size]), with at least one argument.
void Checker::checkMake(ast::Call &call) {
  call.type = invalid();
  const Type *t = typeDenotedBy(*call.args[0]);
  if (!t) {
    checkExpr(call.args[0]);
    return error(call.args[0]->range.Start, "`" + sourceText(*call.args[0]) + "` is not a type");
  }
  if (t == invalid()) return;
  bool isMap = t->kind == TypeKind::Map, isChan = t->kind == TypeKind::Chan;
  if (!isSlice(t) && !isMap && !isChan) {
    return error(call.args[0]->range.Start, "invalid argument: cannot make " + sourceText(*call.args[0]) +
                                                ": type must be slice, map, or channel");
  }
  size_t least = isMap || isChan ? 1 : 2;  // a map's size hint and a channel's buffer may be left out; a slice's length not
  if (call.args.size() < least || call.args.size() > least + 1) {
    return error(call.range.Start, "invalid operation: `" + sourceText(call) + "` expects " + std::to_string(least) +
                                       " or " + std::to_string(least + 1) + " arguments; found " +
                                       std::to_string(call.args.size()));
  }
  std::optional<int64_t> sizes[2];
  bool ok = true;
  for (size_t i = 1; i < call.args.size(); ++i) ok &= checkIntArgument(call.args[i], sizes[i - 1]);
  if (!ok) return;
  if (sizes[0] && sizes[1] && *sizes[0] > *sizes[1])
    return error(call.args[1]->range.Start, "invalid argument: length and capacity swapped");
  call.args.erase(call.args.begin());  // codegen needs only the sizes; call.type says the rest
  call.type = t;
}

// append(s, x...) and append(s, t...) (t a slice of s's element type, or a string appended to
// a byte slice), their arguments checked and at least one.
void Checker::checkAppend(ast::Call &call) {
  call.type = invalid();
  ast::ExprPtr &s = call.args[0];
  if (!isSlice(s->type)) {
    bool nil = s->type->kind == TypeKind::UntypedNil;
    return error(s->range.Start, "invalid append: argument must be a slice; have " + (nil ? "untyped nil" : describe(*s)));
  }
  const Type *elem = s->type->underlying->elem;
  const std::string context = "argument to `append`";
  if (call.hasEllipsis) {
    if (call.args.size() != 2) {
      return error(call.args.back()->range.Start, std::string(call.args.size() < 2 ? "not enough" : "too many") +
                                                      " arguments in call to `append`");
    }
    ast::ExprPtr &tail = call.args[1];
    if (elem->underlying->kind == TypeKind::Uint8 && tail->type->isStringLike()) finalize(*tail, types_.stringType());
    else if (!assign(tail, types_.slice(elem), context)) return;
  } else {
    bool ok = true;
    for (size_t i = 1; i < call.args.size(); ++i) ok &= assign(call.args[i], elem, context);
    if (!ok) return;
  }
  call.type = s->type;
}

// copy(dst, src): slices of identical element types, or a string copied to a byte slice (the
// two arguments checked).
void Checker::checkCopy(ast::Call &call) {
  call.type = invalid();
  ast::Expr &dst = *call.args[0], &src = *call.args[1];
  for (ast::Expr *operand : {&dst, &src})
    if (!isSlice(operand->type) && !(operand == &src && src.type->isStringLike()))
      return error(operand->range.Start, "invalid copy: argument must be a slice; have " + describe(*operand));
  const Type *dstElem = dst.type->underlying->elem;
  if (src.type->isStringLike()) {
    if (dstElem->underlying->kind != TypeKind::Uint8)
      return error(dst.range.Start, "invalid copy: arguments " + describe(dst) + " and " + describe(src) +
                                        " have different element types " + typeName(dstElem) + " and byte");
    finalize(src, types_.stringType());
  } else if (src.type->underlying->elem != dstElem) {
    return error(dst.range.Start, "invalid copy: arguments " + describe(dst) + " and " + describe(src) +
                                      " have different element types " + typeName(dstElem) + " and " +
                                      typeName(src.type->underlying->elem));
  }
  call.type = types_.intType();
}

// The conversions that involve slices: string <-> []byte and []rune, a slice to an array or to
// a pointer to an array of its element type.
bool sliceConvertible(const Type *from, const Type *to) {
  if (to->kind == TypeKind::String && isBytesOrRunes(from)) return true;
  if (from->isStringLike() && isBytesOrRunes(to)) return true;
  if (!isSlice(from)) return false;
  const Type *array = to->kind == TypeKind::Pointer ? to->underlying->elem : to;
  return array->kind == TypeKind::Array && array->underlying->elem == from->underlying->elem;
}

}  // namespace minigo
