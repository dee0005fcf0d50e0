// The checker's entry point: universe, package-level declarations, type expressions and the
// package-wide rules (main, imports, initialization order).
#include "frontend/check.h"

#include "frontend/check_internal.h"

#include <algorithm>

namespace minigo {

using ast::Object;

bool checkFile(ast::File &file, TypeContext &types, Diagnostics &diags) {
  return Checker(file, types, diags).run();
}

Checker::Checker(ast::File &file, TypeContext &types, Diagnostics &diags)
    : file_(file), types_(types), diags_(diags) {}

void Checker::error(llvm::SMLoc loc, const std::string &message) { errors_.push_back({loc, message, {}, ""}); }

void Checker::error(llvm::SMLoc loc, const std::string &message, llvm::SMLoc noteLoc, const std::string &note) {
  errors_.push_back({loc, message, noteLoc, note});
}

Object *Checker::newObject(Object::Kind kind, const std::string &name, llvm::SMLoc loc, const Type *type) {
  auto object = std::make_unique<Object>();
  object->kind = kind;
  object->name = name;
  object->loc = loc;
  object->type = type;
  file_.objects.push_back(std::move(object));
  return file_.objects.back().get();
}

void Checker::declare(Object *object) {
  if (object->name.empty() || object->name == "_") return;
  if (scope_->findHere(object->name)) {
    error(object->loc, "`" + object->name + "` redeclared in this block");
    return;
  }
  scope_->names[object->name] = object;
}

void Checker::openScope() {
  scopes_.push_back(Scope{scope_, {}});
  scope_ = &scopes_.back();
}

void Checker::closeScope() { scope_ = scope_->parent; }

// Predeclared Go names that minigo does not implement: using one is "unsupported", not "undefined".
static bool isUnsupportedPredeclared(const std::string &name) {
  static const std::set<std::string> names = {"close", "comparable"};
  return names.count(name) != 0;
}

Object *Checker::lookup(const std::string &name, llvm::SMLoc loc) {
  if (name == "_") {
    error(loc, "cannot use `_` as value");
    return nullptr;
  }
  Object *object = scope_->find(name);
  if (!object) {
    if (isUnsupportedPredeclared(name)) error(loc, "unsupported: `" + name + "`");
    else error(loc, "undefined: `" + name + "`");
    return nullptr;
  }
  if (object->kind == Object::Kind::Package) usedImports_.insert(object);
  ensureGlobalChecked(object);
  return object;
}

void Checker::ensureGlobalChecked(Object *object) {
  auto it = globalOf_.find(object);
  if (it != globalOf_.end()) checkGlobalDecl(*it->second);
}

const Type *Checker::signatureType(ast::Signature &sig) {
  std::vector<const Type *> params, results;
  for (auto &p : sig.params) params.push_back(resolveType(*p.type));
  for (auto &r : sig.results) results.push_back(resolveType(*r.type));
  return funcType(std::move(params), std::move(results), sig.variadic);
}

void Checker::checkGlobalDecl(GlobalDecl &g) {
  if (g.state == DeclState::Done) return;
  if (g.state == DeclState::InProgress) {
    error(g.decl->range.Start, "initialization cycle or refers to itself");
    return;
  }
  g.state = DeclState::InProgress;
  Scope *savedScope = scope_;
  FuncContext *savedFn = fn_;
  auto *savedRefs = refs_;
  auto savedIota = iota_;
  scope_ = package_;
  fn_ = nullptr;
  refs_ = &refsOf_[g.decl];
  iota_.reset();
  if (auto *v = llvm::dyn_cast<ast::VarDecl>(g.decl)) checkVarDecl(*v, /*global=*/true);
  else checkConstDecl(*llvm::cast<ast::ConstDecl>(g.decl), /*global=*/true);
  scope_ = savedScope;
  fn_ = savedFn;
  refs_ = savedRefs;
  iota_ = savedIota;
  g.state = DeclState::Done;
}

// Go's package initialization order: repeatedly, the earliest variable in declaration order
// that depends on no uninitialized variable. A variable depends on the variables its initializer
// refers to, directly or through the functions and methods it refers to.
void Checker::checkInitOrder() {
  std::map<const GlobalDecl *, std::set<const GlobalDecl *>> dependsOn;
  std::vector<GlobalDecl *> pending;
  for (GlobalDecl &g : globalDecls_) {
    auto *decl = llvm::dyn_cast<ast::VarDecl>(g.decl);
    if (!decl || decl->values.empty()) continue;
    pending.push_back(&g);
    std::set<const void *> seen;
    std::vector<const void *> work = {g.decl};
    while (!work.empty()) {
      const void *key = work.back();
      work.pop_back();
      if (!seen.insert(key).second) continue;
      for (Object *ref : refsOf_[key]) {
        if (ref->kind == Object::Kind::Func) work.push_back(ref);
        else if (auto it = globalOf_.find(ref); it != globalOf_.end()) dependsOn[&g].insert(it->second);
      }
    }
  }
  std::set<const GlobalDecl *> done;
  auto ready = [&](const GlobalDecl *g) {
    for (const GlobalDecl *d : dependsOn[g])
      if (!done.count(d) && !llvm::cast<ast::VarDecl>(d->decl)->values.empty()) return false;
    return true;
  };
  // Does `g` depend on itself through the variables not yet initialized?
  auto onCycle = [&](const GlobalDecl *g) {
    std::set<const GlobalDecl *> seen;
    std::vector<const GlobalDecl *> work(dependsOn[g].begin(), dependsOn[g].end());
    while (!work.empty()) {
      const GlobalDecl *d = work.back();
      work.pop_back();
      if (d == g) return true;
      if (done.count(d) || !seen.insert(d).second) continue;
      work.insert(work.end(), dependsOn[d].begin(), dependsOn[d].end());
    }
    return false;
  };
  while (!pending.empty()) {
    auto next = std::find_if(pending.begin(), pending.end(), ready);
    if (next == pending.end()) {  // every one left waits for another: the earliest on a cycle
      next = std::find_if(pending.begin(), pending.end(), onCycle);
      auto *decl = llvm::cast<ast::VarDecl>((*next)->decl);
      error(decl->nameLocs[0], "initialization cycle for `" + decl->names[0] + "`");
    }
    file_.initOrder.push_back(llvm::cast<ast::VarDecl>((*next)->decl));
    done.insert(*next);
    pending.erase(next);
  }
}

static void declareUniverse(Checker &c) {
  TypeContext &t = c.types_;
  for (auto [name, type] : std::vector<std::pair<const char *, const Type *>>{
           {"bool", t.boolType()}, {"string", t.stringType()}, {"any", t.emptyInterface()},
           {"error", t.errorType()}, {"byte", t.numeric(TypeKind::Uint8)}, {"rune", t.numeric(TypeKind::Int32)}})
    c.declare(c.newObject(Object::Kind::TypeName, name, {}, type));
  for (int k = int(TypeKind::Int); k <= int(TypeKind::Complex128); ++k) {
    const Type *type = t.numeric(TypeKind(k));
    c.declare(c.newObject(Object::Kind::TypeName, type->name, {}, type));
  }
  for (bool value : {true, false}) {
    Object *o = c.newObject(Object::Kind::Const, value ? "true" : "false", {}, t.untyped(TypeKind::UntypedBool));
    o->constant.value = value;
    c.declare(o);
  }
  c.declare(c.newObject(Object::Kind::Nil, "nil", {}, t.untyped(TypeKind::UntypedNil)));
  c.declare(c.newObject(Object::Kind::Const, "iota", {}, t.untyped(TypeKind::UntypedInt)));
  for (const BuiltinFunc &f : builtinFuncs()) {
    if (!f.package.empty()) continue;  // a library function, named through its package
    Object *o = c.newObject(Object::Kind::Builtin, std::string(f.name), {}, nullptr);
    o->builtin = f.id;
    c.declare(o);
  }
}

bool Checker::run() {
  if (file_.packageName != "main")
    error(file_.packageLoc, "package `" + file_.packageName + "` is not a main package");
  openScope();
  universe_ = scope_;
  declareUniverse(*this);
  openScope();
  package_ = scope_;

  // Imports and package-level names, declared in source order so that the later of two
  // conflicting declarations is the one reported.
  std::vector<Object *> packageObjects;
  std::vector<Object *> imports;
  for (ast::Import &imp : file_.imports) {
    bool supported = imp.path == "fmt" || imp.path == "os" || imp.path == "errors";
    if (!supported) error(imp.range.Start, "unsupported: package `" + imp.path + "`");
    // An unsupported package is declared all the same, so that its uses are not reported again.
    std::string name = imp.path.substr(imp.path.rfind('/') + 1);
    Object *o = newObject(Object::Kind::Package, name, imp.range.Start, nullptr);
    if (supported) imports.push_back(o);
    else unsupportedImports_.insert(o);
    packageObjects.push_back(o);
  }
  for (ast::StmtPtr &s : file_.globals) {
    globalDecls_.push_back(GlobalDecl{s.get(), globalDecls_.size()});
    GlobalDecl *g = &globalDecls_.back();
    auto declareAll = [&](auto &decl, Object::Kind kind) {
      for (size_t i = 0; i < decl.names.size(); ++i) {
        Object *o = nullptr;
        if (decl.names[i] != "_") {
          o = newObject(kind, decl.names[i], decl.nameLocs[i], nullptr);
          o->isGlobal = kind == Object::Kind::Var;
          globalOf_[o] = g;
          packageObjects.push_back(o);
        }
        decl.objects.push_back(o);
      }
    };
    if (auto *v = llvm::dyn_cast<ast::VarDecl>(s.get())) declareAll(*v, Object::Kind::Var);
    else declareAll(*llvm::cast<ast::ConstDecl>(s.get()), Object::Kind::Const);
  }
  for (auto &d : file_.types) packageObjects.push_back(declareTypeName(*d));
  for (auto &f : file_.funcs) {
    if (f->isMethod) continue;
    Object *o = newObject(Object::Kind::Func, f->name, f->nameLoc, nullptr);
    o->isGlobal = true;
    f->object = o;
    funcDeclOf_[o] = f.get();
    // `init` functions run before main.main and are not in scope.
    if ((f->name == "main" || f->name == "init") && (!f->sig.params.empty() || !f->sig.results.empty()))
      error(f->nameLoc, "func `" + f->name + "` must have no arguments and no return values");
    if (f->name == "init") file_.initFuncs.push_back(f.get());
    if (f->name != "init") packageObjects.push_back(o);
  }
  std::stable_sort(packageObjects.begin(), packageObjects.end(),
                   [](Object *a, Object *b) { return a->loc.getPointer() < b->loc.getPointer(); });
  for (Object *o : packageObjects) declare(o);
  if (!package_->findHere("main") || package_->findHere("main")->kind != Object::Kind::Func)
    error(file_.packageLoc, "function `main` is undeclared in the main package");

  for (auto &d : file_.types) resolveTypeDecl(*d);
  for (auto &f : file_.funcs) {
    if (f->isMethod) {
      declareMethod(*f);
      continue;
    }
    f->object->type = signatureType(f->sig);
    f->info.name = "main." + f->name;
    if (f->name == "init") {  // Go's names: main.init.0, main.init.1, ...
      auto index = std::find(file_.initFuncs.begin(), file_.initFuncs.end(), f.get()) - file_.initFuncs.begin();
      f->info.name += "." + std::to_string(index);
    }
    f->info.signature = f->object->type;
  }
  for (GlobalDecl &g : globalDecls_) checkGlobalDecl(g);
  for (auto &f : file_.funcs) {
    refs_ = &refsOf_[f->object];
    checkFunctionBody(f->info, f->sig, *f->body, /*isLiteral=*/false);
    refs_ = nullptr;
  }
  checkInitOrder();
  for (Object *imp : imports)
    if (!usedImports_.count(imp)) error(imp->loc, "`" + imp->name + "` imported and not used");

  // Go prints its errors sorted by position.
  std::stable_sort(errors_.begin(), errors_.end(), [](const Error &a, const Error &b) {
    return a.loc.getPointer() < b.loc.getPointer();
  });
  // Like Go, print an error only once even if it was found twice.
  errors_.erase(std::unique(errors_.begin(), errors_.end()), errors_.end());
  for (const Error &e : errors_) {
    diags_.error(e.loc, e.message);
    if (!e.note.empty()) diags_.note(e.noteLoc, e.note);
  }
  return !diags_.hasErrors();
}

}  // namespace minigo
