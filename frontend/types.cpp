#include "frontend/types.h"

#include <algorithm>

namespace minigo {

const Method *Type::findMethod(const std::string &methodName) const {
  for (const Method &m : methods)
    if (m.name == methodName) return &m;
  return nullptr;
}

TypeContext::TypeContext() {
  auto predeclared = [&](TypeKind kind, const char *name) {
    Type t{kind};
    t.name = name;
    return make(t);
  };
  invalid_ = make({TypeKind::Invalid});
  int_ = predeclared(TypeKind::Int, "int");
  bool_ = predeclared(TypeKind::Bool, "bool");
  string_ = predeclared(TypeKind::String, "string");
  float64_ = predeclared(TypeKind::Float64, "float64");
  any_ = interface({});
  // error is a predeclared defined type: interface { Error() string }
  Type *error = defined("", "error");
  setUnderlying(error, interface({{"Error", func({}, {string_}, false)}}));
  error_ = error;
  for (TypeKind k : {TypeKind::UntypedInt, TypeKind::UntypedFloat, TypeKind::UntypedBool,
                     TypeKind::UntypedString, TypeKind::UntypedRune, TypeKind::UntypedNil})
    untyped_[k] = make({k});
}

const Type *TypeContext::make(Type t) {
  owned_.push_back(std::make_unique<Type>(std::move(t)));
  owned_.back()->underlying = owned_.back().get();  // a copy's `underlying` points at the original
  return owned_.back().get();
}

const Type *TypeContext::interface(std::vector<Method> methods) {
  std::sort(methods.begin(), methods.end(), [](const Method &a, const Method &b) { return a.name < b.name; });
  std::vector<std::pair<std::string, const Type *>> key;
  for (const Method &m : methods) key.emplace_back(m.name, m.signature);
  if (auto it = interfaces_.find(key); it != interfaces_.end()) return it->second;
  Type t{TypeKind::Interface};
  t.methods = std::move(methods);
  return interfaces_[key] = make(std::move(t));
}

Type *TypeContext::defined(std::string package, std::string name) {
  Type t{TypeKind::Invalid};
  t.package = std::move(package);
  t.name = std::move(name);
  auto *result = const_cast<Type *>(make(std::move(t)));
  result->underlying = nullptr;  // unresolved until setUnderlying
  return result;
}

void TypeContext::setUnderlying(Type *defined, const Type *underlying) {
  defined->kind = underlying->kind;
  defined->params = underlying->params;
  defined->results = underlying->results;
  defined->variadic = underlying->variadic;
  if (underlying->isInterface()) defined->methods = underlying->methods;
  defined->underlying = underlying;
}

const Type *TypeContext::untyped(TypeKind kind) const { return untyped_.at(kind); }

const Type *TypeContext::func(std::vector<const Type *> params, std::vector<const Type *> results,
                              bool variadic) {
  auto key = std::make_tuple(int(TypeKind::Func), params, results, variadic);
  if (auto it = interned_.find(key); it != interned_.end()) return it->second;
  Type t{TypeKind::Func};
  t.params = std::move(params);
  t.results = std::move(results);
  t.variadic = variadic;
  return interned_[key] = make(std::move(t));
}

const Type *TypeContext::tuple(std::vector<const Type *> elems) {
  auto key = std::make_tuple(int(TypeKind::Tuple), std::vector<const Type *>{}, elems, false);
  if (auto it = interned_.find(key); it != interned_.end()) return it->second;
  Type t{TypeKind::Tuple};
  t.results = std::move(elems);
  return interned_[key] = make(std::move(t));
}

const Type *TypeContext::defaultType(const Type *t) const {
  switch (t->kind) {
    case TypeKind::UntypedInt:
    case TypeKind::UntypedRune: return int_;  // minigo has no rune type yet: runes default to int
    case TypeKind::UntypedFloat: return float64_;
    case TypeKind::UntypedBool: return bool_;
    case TypeKind::UntypedString: return string_;
    default: return t;
  }
}

enum class Spelling { Diagnostic, Runtime, Identity };
static std::string spell(const Type *t, Spelling how);

static std::string joinTypes(const std::vector<const Type *> &types, bool variadic, Spelling how) {
  std::string s;
  for (size_t i = 0; i < types.size(); ++i) {
    if (i) s += ", ";
    if (variadic && i + 1 == types.size()) s += "...";
    s += spell(types[i], how);
  }
  return s;
}

std::string typeName(const Type *t) { return spell(t, Spelling::Diagnostic); }
std::string runtimeTypeName(const Type *t) { return spell(t, Spelling::Runtime); }
std::string typeIdentity(const Type *t) { return spell(t, Spelling::Identity); }

static std::string spell(const Type *t, Spelling how) {
  if (!t->name.empty()) {
    if (t->package.empty() || (t->package == "main" && how == Spelling::Diagnostic)) return t->name;
    std::string s = t->package + "." + t->name;
    if (how == Spelling::Identity && t->localNumber) s += "·" + std::to_string(t->localNumber);
    return s;
  }
  switch (t->kind) {
    case TypeKind::Invalid: return "invalid type";
    case TypeKind::Int: case TypeKind::Bool: case TypeKind::String: case TypeKind::Float64:
      return "?";  // predeclared types have names
    case TypeKind::Interface: {
      // Go's runtime spelling: "interface {}", "interface { Area() float64; Name() string }"
      if (t->methods.empty()) return "interface {}";
      std::string s = "interface { ";
      for (size_t i = 0; i < t->methods.size(); ++i)
        s += (i ? "; " : "") + t->methods[i].name + spell(t->methods[i].signature, how).substr(4);
      return s + " }";
    }
    case TypeKind::Tuple: return "(" + joinTypes(t->results, false, how) + ")";
    case TypeKind::UntypedInt: return "untyped int";
    case TypeKind::UntypedFloat: return "untyped float";
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
  }
  return "?";
}

}  // namespace minigo
