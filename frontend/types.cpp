#include "frontend/types.h"

namespace minigo {

TypeContext::TypeContext() {
  invalid_ = make({TypeKind::Invalid});
  int_ = make({TypeKind::Int});
  bool_ = make({TypeKind::Bool});
  string_ = make({TypeKind::String});
  float64_ = make({TypeKind::Float64});
  any_ = make({TypeKind::Interface});
  Type error{TypeKind::Interface};
  error.isError = true;
  error_ = make(error);
  for (TypeKind k : {TypeKind::UntypedInt, TypeKind::UntypedFloat, TypeKind::UntypedBool,
                     TypeKind::UntypedString, TypeKind::UntypedRune, TypeKind::UntypedNil})
    untyped_[k] = make({k});
}

const Type *TypeContext::make(Type t) {
  owned_.push_back(std::make_unique<Type>(std::move(t)));
  return owned_.back().get();
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

static std::string joinTypes(const std::vector<const Type *> &types, bool variadic) {
  std::string s;
  for (size_t i = 0; i < types.size(); ++i) {
    if (i) s += ", ";
    if (variadic && i + 1 == types.size()) s += "...";
    s += typeName(types[i]);
  }
  return s;
}

std::string typeName(const Type *t) {
  switch (t->kind) {
    case TypeKind::Invalid: return "invalid type";
    case TypeKind::Int: return "int";
    case TypeKind::Bool: return "bool";
    case TypeKind::String: return "string";
    case TypeKind::Float64: return "float64";
    case TypeKind::Interface: return t->isError ? "error" : "interface {}";
    case TypeKind::Tuple: return "(" + joinTypes(t->results, false) + ")";
    case TypeKind::UntypedInt: return "untyped int";
    case TypeKind::UntypedFloat: return "untyped float";
    case TypeKind::UntypedBool: return "untyped bool";
    case TypeKind::UntypedString: return "untyped string";
    case TypeKind::UntypedRune: return "untyped rune";
    case TypeKind::UntypedNil: return "untyped nil";
    case TypeKind::Func: {
      std::string s = "func(" + joinTypes(t->params, t->variadic) + ")";
      if (t->results.size() == 1) s += " " + typeName(t->results[0]);
      else if (t->results.size() > 1) s += " (" + joinTypes(t->results, false) + ")";
      return s;
    }
  }
  return "?";
}

}  // namespace minigo
