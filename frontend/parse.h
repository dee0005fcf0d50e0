// Phase 1: source text -> AST. The only entry point into the Spirit X3 grammar.
#pragma once

#include "frontend/ast.h"
#include "frontend/diagnostics.h"

#include <memory>

namespace minigo {

// Parses the buffer `bufferId` of `diags.sources()`. Syntax errors are reported through `diags`;
// the result is null when the file could not be parsed.
std::unique_ptr<ast::File> parseFile(unsigned bufferId, Diagnostics &diags);

}  // namespace minigo
