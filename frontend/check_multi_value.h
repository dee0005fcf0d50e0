// One multi-value expression assigned to several targets (check_multi_value.cpp).
#pragma once

#include "frontend/check_internal.h"

#include <string>
#include <vector>

namespace minigo {

// `a, b = f()`, `var a, b T = f()`, `return f()`, `g(f())` and the comma-ok forms `v, ok = m[k]`
// and `v, ok = x.(T)`: assigns each element of `value`, of the types `elements` (a comma-ok
// form's second is an untyped bool), to the type in `targets` (null: a blank or new variable,
// which takes the element as it is). Elements that go into interfaces make `value` an
// ImplicitConv to the tuple of what the targets receive. `context` is "assignment" etc.
bool assignMultiValue(Checker &c, ast::ExprPtr &value, const std::vector<const Type *> &elements,
                      const std::vector<const Type *> &targets, const std::string &context);

}  // namespace minigo
