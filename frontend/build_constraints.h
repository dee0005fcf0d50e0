// `//go:build` lines: which files a build for linux/amd64 includes.
#pragma once

#include <llvm/ADT/StringRef.h>

namespace minigo {

// Does a build of the gc toolchain for linux/amd64 (Go 1.26) include the file whose text is
// `source`? Only a `//go:build EXPR` line before the package clause decides; `ignore` and
// other tags that no build sets exclude it.
bool buildConstraintsSatisfied(llvm::StringRef source);

}  // namespace minigo
