// The one table of builtin and library functions: their names and signatures.
#include "frontend/builtins.h"

#include <algorithm>
#include <cassert>

namespace minigo {

const std::vector<BuiltinFunc> &builtinFuncs() {
  using B = Builtin;
  using K = TypeKind;
  static const std::vector<BuiltinFunc> funcs = {
      {B::Len, "", "len"},
      {B::Cap, "", "cap"},
      {B::Make, "", "make"},
      {B::Append, "", "append"},
      {B::Copy, "", "copy"},
      {B::New, "", "new"},
      {B::Panic, "", "panic"},
      {B::Print, "", "print"},
      {B::Println, "", "println"},
      {B::Recover, "", "recover"},
      {B::Complex, "", "complex"},
      {B::Real, "", "real"},
      {B::Imag, "", "imag"},
      {B::Min, "", "min"},
      {B::Max, "", "max"},
      {B::Delete, "", "delete"},
      {B::Clear, "", "clear"},
      {B::Close, "", "close"},
      {B::FmtPrint, "fmt", "Print", {}, true, K::Invalid, true},
      {B::FmtPrintln, "fmt", "Println", {}, true, K::Invalid, true},
      {B::FmtPrintf, "fmt", "Printf", {K::String}, true, K::Invalid, true},
      {B::FmtSprint, "fmt", "Sprint", {}, true, K::String},
      {B::FmtSprintln, "fmt", "Sprintln", {}, true, K::String},
      {B::FmtSprintf, "fmt", "Sprintf", {K::String}, true, K::String},
      {B::FmtErrorf, "fmt", "Errorf", {K::String}, true, K::Interface},
      {B::ErrorsNew, "errors", "New", {K::String}, false, K::Interface},
      {B::OsExit, "os", "Exit", {K::Int}},
  };
  return funcs;
}

bool builtinIsPure(Builtin b) {
  switch (b) {  // the spec's list of builtins not permitted in statement context
    case Builtin::Append:
    case Builtin::Cap:
    case Builtin::Complex:
    case Builtin::Imag:
    case Builtin::Len:
    case Builtin::Make:
    case Builtin::Max:
    case Builtin::Min:
    case Builtin::New:
    case Builtin::Real: return true;
    default: return false;
  }
}

const BuiltinFunc &builtinFunc(Builtin b) {
  const std::vector<BuiltinFunc> &funcs = builtinFuncs();
  auto it = std::find_if(funcs.begin(), funcs.end(), [&](const BuiltinFunc &f) { return f.id == b; });
  assert(it != funcs.end() && "every Builtin has a row");
  return *it;
}

const BuiltinFunc *findBuiltinFunc(std::string_view package, std::string_view name) {
  for (const BuiltinFunc &f : builtinFuncs())
    if (f.package == package && f.name == name) return &f;
  return nullptr;
}

std::string BuiltinFunc::goName() const {
  return package.empty() ? std::string(name) : std::string(package) + "." + std::string(name);
}

}  // namespace minigo
