// Types: the TypeContext that interns them, method sets, comparability and convertibility, and
// constant strings. (How types are spelled is in types_spelling.cpp.)
#include "frontend/types.h"

#include <algorithm>
#include <set>

namespace minigo {

int bitSize(TypeKind kind) {
  switch (kind) {
    case TypeKind::Int8: case TypeKind::Uint8: return 8;
    case TypeKind::Int16: case TypeKind::Uint16: return 16;
    case TypeKind::Int32: case TypeKind::Uint32: case TypeKind::Float32: return 32;
    case TypeKind::Complex128: return 128;
    default: return 64;  // int, uint, uintptr, int64, uint64, float64, complex64
  }
}

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
  static const std::pair<TypeKind, const char *> numericTypes[] = {
      {TypeKind::Int, "int"},         {TypeKind::Int8, "int8"},         {TypeKind::Int16, "int16"},
      {TypeKind::Int32, "int32"},     {TypeKind::Int64, "int64"},       {TypeKind::Uint, "uint"},
      {TypeKind::Uint8, "uint8"},     {TypeKind::Uint16, "uint16"},     {TypeKind::Uint32, "uint32"},
      {TypeKind::Uint64, "uint64"},   {TypeKind::Uintptr, "uintptr"},   {TypeKind::Float32, "float32"},
      {TypeKind::Float64, "float64"}, {TypeKind::Complex64, "complex64"}, {TypeKind::Complex128, "complex128"}};
  for (auto [kind, name] : numericTypes) numeric_[kind] = predeclared(kind, name);
  int_ = numeric_[TypeKind::Int];
  float64_ = numeric_[TypeKind::Float64];
  bool_ = predeclared(TypeKind::Bool, "bool");
  string_ = predeclared(TypeKind::String, "string");
  any_ = interface({});
  // error is a predeclared defined type: interface { Error() string }
  Type *error = defined("", "error");
  setUnderlying(error, interface({{"Error", func({}, {string_}, false)}}));
  error_ = error;
  for (TypeKind k : {TypeKind::UntypedInt, TypeKind::UntypedFloat, TypeKind::UntypedComplex, TypeKind::UntypedBool,
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
  if (underlying->isInterface()) defined->methods = underlying->methods;
  defined->underlying = underlying;
}

const Type *TypeContext::pointer(const Type *elem) {
  if (auto it = pointers_.find(elem); it != pointers_.end()) return it->second;
  Type t{TypeKind::Pointer};
  t.elem = elem;
  return pointers_[elem] = make(std::move(t));
}

const Type *TypeContext::array(const Type *elem, int64_t length) {
  auto &t = arrays_[{elem, length}];
  if (!t) {
    Type a{TypeKind::Array};
    a.elem = elem;
    a.length = length;
    t = make(std::move(a));
  }
  return t;
}

const Type *TypeContext::slice(const Type *elem) {
  auto &t = slices_[elem];
  if (!t) {
    Type s{TypeKind::Slice};
    s.elem = elem;
    t = make(std::move(s));
  }
  return t;
}

const Type *TypeContext::map(const Type *key, const Type *elem) {
  auto &t = maps_[{key, elem}];
  if (!t) {
    Type m{TypeKind::Map};
    m.key = key;
    m.elem = elem;
    t = make(std::move(m));
  }
  return t;
}

const Type *TypeContext::chan(const Type *elem, ChanDir dir) {
  auto &t = chans_[{elem, dir}];
  if (!t) {
    Type c{TypeKind::Chan};
    c.elem = elem;
    c.chanDir = dir;
    t = make(std::move(c));
  }
  return t;
}

const Type *TypeContext::structType(std::vector<Field> fields) {
  std::vector<std::tuple<std::string, const Type *, bool, std::string>> key;
  for (const Field &f : fields) key.emplace_back(f.name, f.type, f.embedded, f.tag);
  if (auto it = structs_.find(key); it != structs_.end()) return it->second;
  Type t{TypeKind::Struct};
  t.fields = std::move(fields);
  return structs_[key] = make(std::move(t));
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
    case TypeKind::UntypedInt: return int_;
    case TypeKind::UntypedRune: return numeric_.at(TypeKind::Int32);
    case TypeKind::UntypedFloat: return float64_;
    case TypeKind::UntypedComplex: return numeric_.at(TypeKind::Complex128);
    case TypeKind::UntypedBool: return bool_;
    case TypeKind::UntypedString: return string_;
    default: return t;
  }
}

Selection lookupFieldOrMethod(const Type *t, const std::string &name) {
  struct Candidate {
    const Type *type;
    std::vector<int> path;
    bool indirect;
  };
  bool indirect = false;
  if (t->kind == TypeKind::Pointer && !t->isDefined()) {
    t = t->elem;
    indirect = true;
    if (t->isInterface()) return {};  // a pointer to an interface has no methods
  }
  std::vector<Candidate> level{{t, {}, indirect}};
  std::set<const Type *> seen;  // embedded types already searched at a shallower depth
  while (!level.empty()) {
    Selection found;
    int count = 0;
    std::vector<Candidate> next;
    for (const Candidate &c : level) {
      if (!seen.insert(c.type).second) continue;
      if (const Method *m = c.type->findMethod(name)) {
        if (++count == 1) found = {Selection::Kind::Method, c.path, nullptr, m, c.type, c.indirect};
      }
      if (c.type->kind != TypeKind::Struct) continue;
      const std::vector<Field> &fields = c.type->underlying->fields;
      for (size_t i = 0; i < fields.size(); ++i) {
        std::vector<int> path = c.path;
        path.push_back(int(i));
        if (fields[i].name == name && ++count == 1) found = {Selection::Kind::Field, path, &fields[i], nullptr, nullptr, c.indirect};
        if (!fields[i].embedded) continue;
        const Type *embedded = fields[i].type;
        bool viaPointer = embedded->kind == TypeKind::Pointer;
        next.push_back({viaPointer ? embedded->underlying->elem : embedded, path, c.indirect || viaPointer});
      }
    }
    if (count > 1) return {Selection::Kind::Ambiguous};
    if (count == 1) return found;
    level = std::move(next);
  }
  return {};
}

bool inMethodSet(const Type *t, const Selection &s) {
  if (s.kind != Selection::Kind::Method) return false;
  return !s.method->pointerReceiver || s.indirect;
}

std::vector<Selection> methodSet(const Type *t) {
  // Every method name reachable through embedding, then the one each name selects.
  std::set<std::string> names;
  if (t->kind == TypeKind::Pointer && t->underlying->elem->isInterface()) return {};
  std::vector<const Type *> work{t->kind == TypeKind::Pointer && !t->isDefined() ? t->elem : t};
  std::set<const Type *> seen;
  while (!work.empty()) {
    const Type *u = work.back();
    work.pop_back();
    if (!seen.insert(u).second) continue;
    for (const Method &m : u->methods) names.insert(m.name);
    if (u->kind != TypeKind::Struct) continue;
    for (const Field &f : u->underlying->fields)
      if (f.embedded) work.push_back(f.type->kind == TypeKind::Pointer ? f.type->underlying->elem : f.type);
  }
  std::vector<Selection> result;
  for (const std::string &name : names) {
    Selection s = lookupFieldOrMethod(t, name);
    if (inMethodSet(t, s)) result.push_back(s);
  }
  return result;
}

bool comparable(const Type *t) {
  switch (t->kind) {
    case TypeKind::Func:
    case TypeKind::Slice:
    case TypeKind::Map: return false;
    case TypeKind::Array: return comparable(t->underlying->elem);
    case TypeKind::Struct:
      for (const Field &f : t->underlying->fields)
        if (!comparable(f.type)) return false;
      return true;
    default: return true;
  }
}

// Identical types, where struct tags may differ.
static bool identicalIgnoringTags(const Type *a, const Type *b) {
  if (a == b) return true;
  if (a->isDefined() || b->isDefined() || a->kind != b->kind) return false;
  switch (a->kind) {
    case TypeKind::Pointer:
    case TypeKind::Slice: return identicalIgnoringTags(a->elem, b->elem);
    case TypeKind::Array: return a->length == b->length && identicalIgnoringTags(a->elem, b->elem);
    case TypeKind::Map: return identicalIgnoringTags(a->key, b->key) && identicalIgnoringTags(a->elem, b->elem);
    case TypeKind::Chan: return a->chanDir == b->chanDir && identicalIgnoringTags(a->elem, b->elem);
    case TypeKind::Struct:
      if (a->fields.size() != b->fields.size()) return false;
      for (size_t i = 0; i < a->fields.size(); ++i) {
        const Field &x = a->fields[i], &y = b->fields[i];
        if (x.name != y.name || x.embedded != y.embedded || !identicalIgnoringTags(x.type, y.type)) return false;
      }
      return true;
    default: return false;
  }
}

bool convertible(const Type *from, const Type *to) {
  if (identicalIgnoringTags(from->underlying, to->underlying)) return true;
  bool pointers = from->kind == TypeKind::Pointer && to->kind == TypeKind::Pointer && !from->isDefined() && !to->isDefined();
  return pointers && identicalIgnoringTags(from->elem->underlying, to->elem->underlying);
}

std::string incomparableReason(const Type *t) {
  switch (t->kind) {
    case TypeKind::Func: return "func can only be compared to nil";
    case TypeKind::Slice: return "slice can only be compared to nil";
    case TypeKind::Map: return "map can only be compared to nil";
    case TypeKind::Struct:
      for (const Field &f : t->underlying->fields)
        if (!comparable(f.type)) return "struct containing " + typeName(f.type) + " cannot be compared";
      break;
    default: break;
  }
  return typeName(t) + " cannot be compared";
}

ConstString::ConstString(std::string text) : node_(std::make_shared<Node>()) {
  node_->size = text.size();
  node_->text = std::move(text);
}

ConstString::ConstString(const ConstString &left, const ConstString &right) : node_(std::make_shared<Node>()) {
  node_->left = left.node_;
  node_->right = right.node_;
  node_->size = left.node_->size + right.node_->size;
}

const std::string &ConstString::str() const {
  Node &n = *node_;
  if (n.left) {
    std::string text;
    text.reserve(n.size);
    // Depth first, left to right, without recursion: a left-nested chain is as deep as it is long.
    std::vector<const Node *> pending{n.right.get(), n.left.get()};
    while (!pending.empty()) {
      const Node *p = pending.back();
      pending.pop_back();
      if (p->left) {
        pending.push_back(p->right.get());
        pending.push_back(p->left.get());
      } else {
        text += p->text;
      }
    }
    n.text = std::move(text);
    n.left.reset();
    n.right.reset();
  }
  return n.text;
}

}  // namespace minigo
