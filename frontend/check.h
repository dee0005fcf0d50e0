// Phase 2: name resolution and type checking of an AST, in place.
#pragma once

#include "frontend/ast_package.h"
#include "frontend/diagnostics.h"
#include "frontend/types.h"

namespace minigo {

// Resolves names, computes types and constants and fills in every field of the package's AST
// marked "checker:". The packages it imports must have been checked. Errors go to `diags`;
// returns false when there were any (then the AST must not be lowered).
bool checkPackage(ast::Package &package, TypeContext &types, Diagnostics &diags);

}  // namespace minigo
