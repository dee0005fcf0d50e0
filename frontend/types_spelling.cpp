// How types are spelled: in diagnostics (gc's), at run time (Go's reflect and panics), and as
// identities that tell types of the same name apart.
#include "frontend/types.h"

namespace minigo {

enum class Spelling { Diagnostic, Runtime, Identity };
static std::string spell(const Type *t, Spelling how);

static std::string joinTypes(const std::vector<const Type *> &types, bool variadic, Spelling how) {
  std::string s;
  for (size_t i = 0; i < types.size(); ++i) {
    if (i) s += ", ";
    bool dots = variadic && i + 1 == types.size();  // ...T, stored as []T
    s += dots ? "..." + spell(types[i]->elem, how) : spell(types[i], how);
  }
  return s;
}

std::string typeName(const Type *t) { return spell(t, Spelling::Diagnostic); }
std::string runtimeTypeName(const Type *t) { return spell(t, Spelling::Runtime); }
std::string typeIdentity(const Type *t) { return spell(t, Spelling::Identity); }

// A struct tag as Go spells it in a type: a double-quoted string.
static std::string quoted(const std::string &text) {
  std::string s = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') s += '\\';
    s += c;
  }
  return s + "\"";
}

static std::string diagnosticPackage = "main";

void setDiagnosticPackage(const std::string &packageName) { diagnosticPackage = packageName; }

static std::string spell(const Type *t, Spelling how) {
  if (!t->name.empty()) {
    if (t->package.empty() || (t->package == diagnosticPackage && how == Spelling::Diagnostic)) return t->name;
    std::string s = t->package + "." + t->name;
    if (how == Spelling::Identity && t->localNumber) s += "·" + std::to_string(t->localNumber);
    return s;
  }
  switch (t->kind) {
    case TypeKind::Invalid: return "invalid type";
    case TypeKind::Interface: {
      // Diagnostics: gc's "any" and "interface{Area() float64; Name() string}"; the runtime:
      // "interface {}" and "interface { Area() float64; Name() string }".
      bool runtime = how != Spelling::Diagnostic;
      if (t->methods.empty()) return runtime ? "interface {}" : "any";
      std::string s = runtime ? "interface { " : "interface{";
      for (size_t i = 0; i < t->methods.size(); ++i)
        s += (i ? "; " : "") + t->methods[i].name + spell(t->methods[i].signature, how).substr(4);
      return s + (runtime ? " }" : "}");
    }
    case TypeKind::Tuple: return "(" + joinTypes(t->results, false, how) + ")";
    case TypeKind::Pointer: return "*" + spell(t->elem, how);
    case TypeKind::Array: return "[" + std::to_string(t->length) + "]" + spell(t->elem, how);
    case TypeKind::Slice: return "[]" + spell(t->elem, how);
    case TypeKind::Map: return "map[" + spell(t->key, how) + "]" + spell(t->elem, how);
    case TypeKind::Chan: {
      // `chan (<-chan int)`: without the parentheses it would read as `chan<- chan int`.
      std::string elem = spell(t->elem, how);
      bool parens = t->chanDir != ChanDir::Send && t->elem->kind == TypeKind::Chan && !t->elem->isDefined() &&
                    t->elem->chanDir == ChanDir::Recv;
      if (parens) elem = "(" + elem + ")";
      const char *prefix = t->chanDir == ChanDir::Send ? "chan<- " : t->chanDir == ChanDir::Recv ? "<-chan " : "chan ";
      return prefix + elem;
    }
    case TypeKind::Struct: {
      // Diagnostics: "struct{a int; b string}"; the runtime: "struct { a int; b string }".
      bool runtime = how != Spelling::Diagnostic;
      if (t->fields.empty()) return runtime ? "struct {}" : "struct{}";
      std::string s = runtime ? "struct { " : "struct{";
      for (size_t i = 0; i < t->fields.size(); ++i) {
        const Field &f = t->fields[i];
        if (i) s += "; ";
        s += f.embedded ? spell(f.type, how) : f.name + " " + spell(f.type, how);
        if (!f.tag.empty()) s += " " + quoted(f.tag);
      }
      return s + (runtime ? " }" : "}");
    }
    case TypeKind::UntypedInt: return "untyped int";
    case TypeKind::UntypedFloat: return "untyped float";
    case TypeKind::UntypedComplex: return "untyped complex";
    case TypeKind::UntypedBool: return "untyped bool";
    case TypeKind::UntypedString: return "untyped string";
    case TypeKind::UntypedRune: return "untyped rune";
    case TypeKind::UntypedNil: return "untyped nil";
    case TypeKind::Func: {
      std::string s = "func(" + joinTypes(t->params, t->variadic, how) + ")";
      if (t->results.size() == 1) s += " " + spell(t->results[0], how);
      else if (t->results.size() > 1) s += " (" + joinTypes(t->results, false, how) + ")";
      return s;
    }
    default: return "?";  // predeclared types have names
  }
}

}  // namespace minigo
