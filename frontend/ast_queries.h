// Questions about checked expressions, and walks over the AST, that the checker, escape analysis
// and codegen all share.
#pragma once

#include "frontend/ast.h"

#include <llvm/ADT/STLFunctionalExtras.h>

namespace minigo {

// The expression inside any parentheses.
const ast::Expr &unparen(const ast::Expr &e);

// Go's addressable operands: a variable, a pointer indirection, a field of an addressable
// struct or reached through a pointer, an element of a slice or of an addressable array.
bool isAddressable(const ast::Expr &e);

// The blank identifier `_` (possibly parenthesised), which as a target stores nothing.
bool isBlank(const ast::Expr &e);

// A map index expression `m[k]` (in parentheses or not): assignable, though not addressable.
bool isMapIndex(const ast::Expr &e);

// A receive `<-c` (in parentheses or not).
bool isReceive(const ast::Expr &e);

// Calls `visit` on each operand of `e` in Go's evaluation order (left to right): the operands
// of operators, a call's function and arguments, a selector's or index's base, a literal's
// elements (a map literal's keys and values), a slice expression's base and indices. A function
// literal's body is not an operand.
void forEachOperand(const ast::Expr &e, llvm::function_ref<void(const ast::Expr &)> visit);

// Calls `onStmt` on each direct sub-statement of `s` and `onExpr` on each of its own
// expressions, in source order: a block's statements; an `if`'s init, condition, then and else;
// a `for`'s iteration variables and range expression (a range loop), or init, condition and
// post, then its body; a switch's init and tag (a type switch's subject), then each clause's
// case values and body; a labeled statement's statement; the operands of the
// simple statements (both sides of an assignment or of `:=`, a defer's call, a constant's
// values). Type expressions and the bodies of function literals (inside expressions) are not
// visited.
void forEachChild(const ast::Stmt &s, llvm::function_ref<void(const ast::Stmt &)> onStmt,
                  llvm::function_ref<void(const ast::Expr &)> onExpr = [](const ast::Expr &) {});

// Does evaluating `e` call a function (or a builtin)? (`len` of an array is then not a constant.)
bool containsCall(const ast::Expr &e);

}  // namespace minigo
