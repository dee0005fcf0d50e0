// Multi-value expressions (calls with several results, comma-ok forms) assigned to several
// targets: each element as a single value would be, described as gc does.
#include "frontend/check_multi_value.h"

namespace minigo {

// gc's description of one element of `value`: `f()` (value of type int), `m[k]` (map index
// expression of type int), `x.(T)` (comma, ok expression of type T), and a comma-ok form's
// `ok`, (untyped bool value).
static std::string describeElement(const Checker &c, const ast::Expr &value, const Type *element) {
  std::string text = "`" + c.sourceText(value) + "` (";
  if (element->isUntyped()) return text + typeName(element) + " value)";
  const char *what = isMapIndex(value)                        ? "map index expression"
                     : llvm::isa<ast::TypeAssert>(value) || isReceive(value) ? "comma, ok expression"
                                                               : "value";
  return text + what + " of type " + typeName(element) + ")";
}

bool assignMultiValue(Checker &c, ast::ExprPtr &value, const std::vector<const Type *> &elements,
                      const std::vector<const Type *> &targets, const std::string &context) {
  std::vector<const Type *> received = value->type->results;  // the node's: a comma-ok form's ok is a bool
  bool ok = true, converts = false;
  for (size_t i = 0; i < elements.size(); ++i) {
    const Type *element = elements[i], *target = targets[i];
    if (!target || target == c.invalid()) continue;
    const Type *typed = c.types_.defaultType(element);
    bool asIs = element->isUntyped() ? target->underlying->kind == TypeKind::Bool
                                     : element == target ||
                                           (element->isInterface() && target->isInterface() && c.implements(element, target)) ||
                                           assignableAsIs(element, target);
    if (asIs) continue;
    if (target->isInterface() && c.implements(typed, target)) {  // boxed, as ImplicitConv does a single value
      received[i] = target;
      converts = true;
      continue;
    }
    std::string why = target->isInterface() ? ": " + c.whyNotImplements(typed, target) : "";
    c.error(value->range.Start, "cannot use " + describeElement(c, *value, element) + " as " + typeName(target) +
                                    " value in " + context + why);
    ok = false;
  }
  if (ok && converts) {
    auto conv = std::make_unique<ast::ImplicitConv>();
    conv->range = value->range;
    conv->type = c.types_.tuple(std::move(received));
    conv->operand = std::move(value);
    value = std::move(conv);
  }
  return ok;
}

}  // namespace minigo
