// The lexical side of the parser, around the X3 grammar: the pre-pass that prepares the text the
// grammar parses, and the report of a failed parse. Internal to frontend/parse*.
#pragma once

#include "frontend/diagnostics.h"

#include <llvm/ADT/StringRef.h>

#include <cctype>
#include <cstddef>
#include <optional>
#include <string>

namespace minigo {

// Returns a copy of `source` with Go's automatic semicolons inserted and comments blanked, the
// same length as `source` plus at most one `;` appended at the end. Every character keeps its
// offset, so a position in the copy is the same position in the source (the appended `;` maps to
// the end). A newline that ends a line after an identifier, a literal, `break`, `continue`,
// `fallthrough`, `return`, `++`, `--`, `)`, `]` or `}` becomes `;`.
//
// Comments are blanked (not left for the skipper) because the `;` that ends a line after
// `x++ // note` sits where the comment ends and a comment may itself contain `;`.
//
// A byte order mark at the start of the source is blanked.
//
// Reports NUL bytes, invalid UTF-8, byte order marks after the start, unterminated strings, runes
// and comments, and characters outside literals that are not in an identifier's classes (Unicode
// letters and digits); returns nothing then.
std::optional<std::string> prepareSource(llvm::StringRef source, Diagnostics &diags);

// Whether `c` is a byte of a word (identifier, keyword or number) of the prepared text: ASCII
// letters, digits and `_`, and every non-ASCII byte, since prepareSource lets through only the
// Unicode letters and digits of identifiers outside literals.
inline bool isWordChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

// Reports why the grammar stopped at `offset` of the prepared text: "unsupported: ..." when the
// text there starts a valid Go construct minigo does not implement, else a syntax error naming the
// unexpected token.
void reportParseFailure(llvm::StringRef source, llvm::StringRef prepared, size_t offset, Diagnostics &diags);

}  // namespace minigo
