// Phase 2: name resolution and type checking of an AST, in place.
#pragma once

#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "frontend/types.h"

namespace minigo {

// Resolves names, computes types and constants and fills in every field of the AST marked
// "checker:". Errors go to `diags`; returns false when there were any (then the AST must not be
// lowered).
bool checkFile(ast::File &file, TypeContext &types, Diagnostics &diags);

}  // namespace minigo
