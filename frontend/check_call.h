// What the checks of calls share (check_call.cpp, check_builtins.cpp).
#pragma once

#include "frontend/check_internal.h"

namespace minigo {

// The multi-value result passed as the only argument, as in `f(g())`, or null.
const Type *spreadTuple(const ast::Call &call);

// Checks every argument as a single value. A lone multi-value argument (`f(g())`) is kept when
// `tupleAllowed`, else it is unsupported.
bool checkArgs(Checker &c, ast::Call &call, bool tupleAllowed = false);

// A call of the universe's builtin `b`.
void checkBuiltin(Checker &c, ast::Call &call, Builtin b);

}  // namespace minigo
