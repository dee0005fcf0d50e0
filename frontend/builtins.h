// The builtin functions and the library functions (fmt, errors, os) minigo implements. The
// checker resolves a call's name to one of them once (ast::Call::builtin); later checks, escape
// analysis and codegen switch on the enum and never compare names.
#pragma once

#include "frontend/types.h"

#include <string>
#include <string_view>
#include <vector>

namespace minigo {

enum class Builtin {
  // the universe's builtins
  Len, Cap, Make, Append, Copy, Delete, Clear, Close, New, Panic, Print, Println, Recover, Complex, Real, Imag, Min,
  Max,
  FmtPrint, FmtPrintln, FmtPrintf, FmtSprint, FmtSprintln, FmtSprintf, FmtErrorf, ErrorsNew, OsExit,
};

// One builtin or library function: its Go name, and for a library function its signature (the
// checker checks each universe builtin's arguments its own way).
struct BuiltinFunc {
  Builtin id;
  std::string_view package;  // empty for a universe builtin
  std::string_view name;
  std::vector<TypeKind> params = {};    // fixed leading parameters (String or Int)...
  bool variadicAny = false;             // ...then maybe `...any`
  TypeKind result = TypeKind::Invalid;  // String, Interface (error) or Invalid: no result
  bool statementOnly = false;           // minigo does not implement its results

  std::string goName() const;  // as diagnostics spell it: "len", "fmt.Println"
};

// A builtin whose only effect is its result (append, cap, complex, imag, len, make, max, min,
// new, real): the spec does not permit a call of it as a statement, nor deferred.
bool builtinIsPure(Builtin b);

// Every builtin and library function.
const std::vector<BuiltinFunc> &builtinFuncs();
const BuiltinFunc &builtinFunc(Builtin b);
// `package.name` (`name` for a universe builtin), or null if minigo does not implement it.
const BuiltinFunc *findBuiltinFunc(std::string_view package, std::string_view name);

}  // namespace minigo
