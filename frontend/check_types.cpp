// Type expressions, type declarations, method declarations and method sets.
#include "frontend/check_internal.h"

#include <algorithm>
#include <set>

namespace minigo {

using ast::Object;

// An unresolved defined type is one whose declaration is being resolved (TypeContext::defined).
static bool isUnresolved(const Type *t) { return t->isDefined() && t->underlying == nullptr; }

// Are the types comparable() looks into (array elements, struct fields) all resolved? Not while
// a declaration they name is being resolved: `type T map[T]int`.
static bool resolvedForComparison(const Type *t) {
  if (isUnresolved(t)) return false;
  if (t->kind == TypeKind::Array) return resolvedForComparison(t->underlying->elem);
  if (t->kind == TypeKind::Struct)
    for (const Field &f : t->underlying->fields)
      if (!resolvedForComparison(f.type)) return false;
  return true;
}

// A map's key type must be comparable. One that names a type declaration still being resolved
// (`type T map[T]int`) is judged once the declarations are resolved (checkPendingMapKeys).
bool Checker::checkMapKey(const ast::TypeExpr &map) {
  const Type *key = map.key->resolved;
  if (!resolvedForComparison(key)) {
    pendingMapKeys_.push_back(&map);
    return true;
  }
  if (comparable(key)) return true;
  error(map.key->range.Start, "invalid map key type " + typeName(key));
  return false;
}

void Checker::checkPendingMapKeys() {
  for (const ast::TypeExpr *map : std::exchange(pendingMapKeys_, {})) checkMapKey(*map);
}

const Type *Checker::resolveType(ast::TypeExpr &type) {
  const Type *result = invalid();
  switch (type.kind) {
    case ast::TypeExpr::Kind::Interface: result = resolveInterface(type); break;
    case ast::TypeExpr::Kind::Name:
      if (!type.package.empty()) {
        result = resolveQualifiedType(type);
      } else if (Object *object = lookup(type.name, type.range.Start)) {
        if (object->kind != Object::Kind::TypeName) {
          error(type.range.Start, "`" + type.name + "` is not a type");
          break;
        }
        result = typeNamed(object, type.range.Start);
      }
      break;
    case ast::TypeExpr::Kind::Pointer: {
      // Like a signature, a pointer needs the type it points to only to exist: `type L struct{ next *L }`.
      ++indirection_;
      const Type *elem = resolveType(*type.elem);
      --indirection_;
      if (elem != invalid()) result = types_.pointer(elem);
      break;
    }
    case ast::TypeExpr::Kind::Struct: result = resolveStruct(type); break;
    case ast::TypeExpr::Kind::Array: result = resolveArray(type); break;
    case ast::TypeExpr::Kind::Chan: result = resolveChan(type); break;
    case ast::TypeExpr::Kind::Map:
      result = resolveMap(type);
      if (result != invalid() && !checkMapKey(type)) result = invalid();
      break;
    case ast::TypeExpr::Kind::Func: {
      // A type named in a signature needs only to exist, not to be resolved: `type F func() F`.
      ++indirection_;
      std::vector<const Type *> params, results;
      bool ok = true;
      for (auto &p : type.params) ok &= (params.push_back(resolveType(*p)), params.back() != invalid());
      for (auto &r : type.results) ok &= (results.push_back(resolveType(*r)), results.back() != invalid());
      --indirection_;
      if (ok) result = funcType(std::move(params), std::move(results), type.variadic);
      break;
    }
  }
  type.resolved = result;
  return result;
}

// A signature's type. A final ...T parameter is a []T, as the function body sees it.
const Type *Checker::funcType(std::vector<const Type *> params, std::vector<const Type *> results, bool variadic) {
  if (variadic) params.back() = types_.slice(params.back());
  return types_.func(std::move(params), std::move(results), variadic);
}

// The type a TypeName denotes, resolving its declaration first. A declaration still being
// resolved is reached again through a cycle: a valid one when the cycle passes through a
// signature since that declaration started, an invalid recursive type otherwise.
const Type *Checker::typeNamed(Object *object, llvm::SMLoc loc) {
  auto it = typeDeclOf_.find(object);
  if (it == typeDeclOf_.end()) return object->type;
  ast::TypeDecl &d = *it->second;
  if (typeDeclState_[&d] != DeclState::InProgress) {
    resolveTypeDecl(d);
    return object->type ? object->type : invalid();
  }
  if (indirection_ <= typeDeclIndirection_[&d]) {
    error(d.nameLoc, "invalid recursive type `" + d.name + "`");
    return invalid();
  }
  if (d.alias) {
    error(loc, "unsupported: recursive type alias `" + d.name + "`");
    return invalid();
  }
  return object->type;  // unresolved for now, which a signature does not mind
}

// `pkg.Name`: a type of an imported package (which is checked already).
const Type *Checker::resolveQualifiedType(ast::TypeExpr &type) {
  Object *package = lookup(type.package, type.range.Start);
  if (!package) return invalid();
  if (package->kind != Object::Kind::Package) {
    error(type.range.Start, "`" + type.package + "." + type.name + "` is not a type");
    return invalid();
  }
  Object *o = lookupQualified(package, type.name, type.nameLoc);  // gc reports a missing name after `pkg.`
  if (!o) return invalid();
  if (o->kind != Object::Kind::TypeName) {
    error(type.range.Start, "`" + type.package + "." + type.name + "` is not a type");
    return invalid();
  }
  return o->type;
}

const Type *Checker::fmtStringer() {
  if (!fmtStringer_) {
    Type *stringer = types_.defined("fmt", "Stringer");
    types_.setUnderlying(stringer, types_.interface({{"String", types_.func({}, {types_.stringType()}, false)}}));
    fmtStringer_ = stringer;
  }
  return fmtStringer_;
}

// interface { Method(...) ...; Embedded }: the union of the methods, each name once.
const Type *Checker::resolveInterface(ast::TypeExpr &type) {
  std::vector<Method> methods;
  auto add = [&](const Method &m, llvm::SMLoc loc) {
    auto same = std::find_if(methods.begin(), methods.end(), [&](const Method &o) { return o.name == m.name; });
    if (same == methods.end()) methods.push_back(m);
    else if (same->signature != m.signature) error(loc, "duplicate method `" + m.name + "`");
  };
  bool ok = true;
  std::set<std::string> declared;  // explicit methods; one may repeat an embedded one exactly
  for (ast::InterfaceElemExpr &elem : type.elems) {
    const Type *t = resolveType(*elem.type);
    if (t == invalid()) {
      ok = false;
    } else if (elem.name == "_") {
      error(elem.loc, "methods must have a unique non-blank name");
      ok = false;
    } else if (!elem.name.empty()) {
      if (!declared.insert(elem.name).second) {
        error(elem.loc, "duplicate method `" + elem.name + "`");
        ok = false;
      }
      add({elem.name, t}, elem.loc);
    } else if (isUnresolved(t)) {  // its declaration refers back to this one through a signature
      error(elem.loc, "unsupported: embedding `" + typeName(t) + "`, whose declaration refers back to this interface");
      ok = false;
    } else if (!t->isInterface()) {
      error(elem.loc, "unsupported: type constraint `" + typeName(t) + "` in an interface");
      ok = false;
    } else {
      for (const Method &m : t->methods) add(m, elem.loc);
    }
  }
  return ok ? types_.interface(std::move(methods)) : invalid();
}

// A TypeName's object exists before its type is resolved, so that declarations may refer to
// each other in any order, and a defined type to itself through a func or interface type.
Object *Checker::declareTypeName(ast::TypeDecl &d) {
  Object *o = newObject(Object::Kind::TypeName, d.name, d.nameLoc, nullptr);
  if (!d.alias && d.name != "_") {
    Type *t = types_.defined(pkg_.name, d.name);
    if (fn_) t->localNumber = ++localTypeCount_;
    o->type = t;
  }
  d.object = o;
  typeDeclOf_[o] = &d;
  typeDeclScope_[&d] = scope_;
  return o;
}

void Checker::ensureTypeResolved(Object *typeName) {
  if (auto it = typeDeclOf_.find(typeName); it != typeDeclOf_.end()) resolveTypeDecl(*it->second);
}

void Checker::resolveTypeDecl(ast::TypeDecl &d) {
  DeclState &state = typeDeclState_[&d];
  if (state != DeclState::Unchecked) return;
  state = DeclState::InProgress;
  typeDeclIndirection_[&d] = indirection_;
  Scope *saved = scope_;
  scope_ = typeDeclScope_[&d];
  const Type *t = resolveType(*d.type);
  scope_ = saved;
  // `type U T` where T's declaration refers back to U through a signature (an alias is fine: it is
  // the same type, resolved later)
  if (!d.alias && isUnresolved(t)) {
    error(d.nameLoc, "unsupported: type `" + d.name + "` defined as `" + typeName(t) +
                         "`, whose declaration refers back to it");
    t = invalid();
  }
  if (d.alias) {
    d.object->type = t;
  } else if (d.object->type) {
    types_.setUnderlying(const_cast<Type *>(d.object->type), t->underlying);
  }
  typeDeclState_[&d] = DeclState::Done;
}

void Checker::checkTypeDecl(ast::TypeDecl &d) {
  Object *o = declareTypeName(d);
  declare(o);  // in scope from its own name on: `type List func() List`
  resolveTypeDecl(d);
  checkPendingMapKeys();
}

static bool hasField(const Type *structType, const std::string &name) {
  for (const Field &f : structType->underlying->fields)
    if (f.name == name) return true;
  return false;
}

ast::FuncDecl *Checker::methodDecl(const Type *receiver, const std::string &name) const {
  std::vector<const ast::Package *> work{&pkg_};
  std::set<const ast::Package *> seen;
  while (!work.empty()) {
    const ast::Package *p = work.back();
    work.pop_back();
    if (!seen.insert(p).second) continue;
    if (auto it = p->methods.find({receiver, name}); it != p->methods.end()) return it->second;
    for (auto &file : p->files)
      for (const ast::Import &imp : file->imports)
        if (imp.package) work.push_back(imp.package);
  }
  return nullptr;
}

// A method joins its receiver type's method set, and is checked as a function whose first
// parameter is the receiver (it is declared in no scope).
void Checker::declareMethod(ast::FuncDecl &f) {
  const Type *signature = signatureType(f.sig);
  f.object = newObject(Object::Kind::Func, f.name, f.nameLoc, signature);
  f.object->isGlobal = true;
  funcDeclOf_[f.object] = &f;
  f.info.signature = signature;
  ast::TypeExpr &receiverExpr = *f.sig.params[0].type;
  const Type *receiver = receiverExpr.resolved;
  f.receiverType = receiver;
  if (receiver == invalid()) return;
  // A pointer receiver `*T` declares the method on T, in the method set of *T only.
  bool pointerReceiver = receiver->kind == TypeKind::Pointer && !receiver->isDefined();
  if (pointerReceiver) receiver = receiver->elem;
  f.receiverType = receiver;
  f.pointerReceiver = pointerReceiver;
  f.info.name = pkg_.symbolPrefix() + (pointerReceiver ? "(*" + receiver->name + ")." : receiver->name + ".") + f.name;
  if (receiver->kind == TypeKind::Pointer || (pointerReceiver && receiver->isInterface())) {
    error(receiverExpr.range.Start, "invalid receiver type `" + typeName(receiverExpr.resolved) + "` (pointer or interface type)");
  } else if (receiver->package != pkg_.name) {
    error(receiverExpr.range.Start, "cannot define new methods on non-local type `" + typeName(receiver) + "`");
  } else if (receiver->isInterface()) {
    error(receiverExpr.range.Start, "invalid receiver type `" + typeName(receiver) + "` (pointer or interface type)");
  } else if (receiver->findMethod(f.name)) {
    error(f.nameLoc, "method `" + typeName(receiver) + "." + f.name + "` already declared");
  } else if (receiver->kind == TypeKind::Struct && hasField(receiver, f.name)) {
    error(f.nameLoc, "field and method with the same name `" + f.name + "`");
  } else if (f.name != "_") {
    std::vector<const Type *> params(signature->params.begin() + 1, signature->params.end());
    pkg_.methods[{receiver, f.name}] = &f;
    auto &methods = const_cast<Type *>(receiver)->methods;
    methods.push_back({f.name, types_.func(params, signature->results, signature->variadic), pointerReceiver});
    std::sort(methods.begin(), methods.end(), [](const Method &a, const Method &b) { return a.name < b.name; });
  }
}

// The first method of `iface` that is not in the method set of `t` with the same signature
// (null: none).
const Method *Checker::missingMethod(const Type *t, const Type *iface) const {
  for (const Method &m : iface->methods) {
    Selection s = lookupFieldOrMethod(t, m.name);
    if (!inMethodSet(t, s) || s.method->signature != m.signature) return &m;
  }
  return nullptr;
}

bool Checker::implements(const Type *t, const Type *iface) const { return !missingMethod(t, iface); }

// Why `t` does not implement `iface`, as Go puts it in parentheses: "missing method `M`".
std::string Checker::missingMethodReason(const Type *t, const Type *iface) const {
  const Method *m = missingMethod(t, iface);
  if (!m) return "";
  Selection s = lookupFieldOrMethod(t, m->name);
  if (s.kind != Selection::Kind::Method) return "missing method `" + m->name + "`";
  if (!inMethodSet(t, s)) return "method `" + m->name + "` has pointer receiver";
  return "wrong type for method `" + m->name + "`";
}

// Go's explanation of why `t` does not implement `iface`.
std::string Checker::whyNotImplements(const Type *t, const Type *iface) const {
  return typeName(t) + " does not implement " + typeName(iface) + " (" + missingMethodReason(t, iface) + ")";
}

}  // namespace minigo
