// The checker's entry point: universe, package-level declarations, type expressions and the
// package-wide rules (main, imports, initialization order).
#include "frontend/check.h"

#include "frontend/check_internal.h"

#include <llvm/Support/ConvertUTF.h>
#include <unicode/uchar.h>

#include <algorithm>

namespace minigo {

using ast::Object;

bool checkPackage(ast::Package &package, TypeContext &types, Diagnostics &diags) {
  return Checker(package, types, diags).run();
}

Checker::Checker(ast::Package &package, TypeContext &types, Diagnostics &diags)
    : pkg_(package), types_(types), diags_(diags) {}

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
  pkg_.objects.push_back(std::move(object));
  return pkg_.objects.back().get();
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

bool isExported(const std::string &name) {
  auto *begin = reinterpret_cast<const llvm::UTF8 *>(name.data()), *next = begin;
  llvm::UTF32 c = 0;
  llvm::convertUTF8Sequence(&next, begin + name.size(), &c, llvm::strictConversion);
  return u_charType(UChar32(c)) == U_UPPERCASE_LETTER;
}

Object *Checker::lookupQualified(const Object *package, const std::string &name, llvm::SMLoc loc) {
  const ast::Package &p = *package->package;
  auto it = p.members.find(name);
  if (it == p.members.end() || it->second->kind == Object::Kind::Package) {
    error(loc, "undefined: " + package->name + "." + name);
    return nullptr;
  }
  if (!isExported(name)) {
    error(loc, "name " + name + " not exported by package " + p.name);
    return nullptr;
  }
  return it->second;
}

bool Checker::rewriteQualifiedIdent(ast::ExprPtr &e) {
  auto *sel = llvm::dyn_cast<ast::Selector>(e.get());
  auto *base = sel ? llvm::dyn_cast<ast::Ident>(sel->base.get()) : nullptr;
  Object *package = base ? scope_->find(base->name) : nullptr;
  if (!package || package->kind != Object::Kind::Package) return false;
  usedImports_.insert(package);
  auto id = std::make_unique<ast::Ident>();
  id->name = sel->name;
  id->range = sel->range;
  id->package = package;
  id->qualifiedNameLoc = sel->nameLoc;
  e = std::move(id);
  return true;
}

Object *Checker::findName(const ast::Ident &id) const {
  if (!id.package) return scope_->find(id.name);
  auto it = id.package->package->members.find(id.name);
  return it == id.package->package->members.end() || !isExported(id.name) ? nullptr : it->second;
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
  for (Scope *s = scope_; s && !dotImports_.empty(); s = s->parent)  // a dot-imported name uses its import
    if (auto it = dotImports_.find({s, object}); it != dotImports_.end()) usedImports_.insert(it->second);
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
  scope_ = g.fileScope;
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
    pkg_.initOrder.push_back(llvm::cast<ast::VarDecl>((*next)->decl));
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

// The functions of fmt, os and errors that the compiler implements itself are members of their
// package like any other (fmt.Stringer with them).
void Checker::declareLibraryMembers() {
  for (const BuiltinFunc &f : builtinFuncs()) {
    if (f.package != pkg_.path) continue;
    Object *o = newObject(Object::Kind::Builtin, std::string(f.name), {}, nullptr);
    o->builtin = f.id;
    declare(o);
  }
  if (pkg_.path == "fmt") declare(newObject(Object::Kind::TypeName, "Stringer", {}, fmtStringer()));
}

// ImportSpec: the package's name (or its alias) in the file's scope; `.` declares its exported
// members there instead, `_` nothing.
void Checker::declareImports(ast::File &file) {
  for (ast::Import &imp : file.imports) {
    if (!imp.package || imp.alias == "_") continue;
    Object *o = newObject(Object::Kind::Package, imp.alias.empty() ? imp.package->name : imp.alias,
                          imp.alias.empty() ? imp.range.Start : imp.aliasLoc, nullptr);
    o->package = imp.package;
    imports_.push_back({o, &imp});
    if (imp.alias != ".") {
      declare(o);
      continue;
    }
    for (auto &[name, member] : imp.package->members)
      if (isExported(name)) {
        scope_->names[name] = member;
        dotImports_[{scope_, member}] = o;
      }
  }
}

// gc's message for an import that nothing uses.
void Checker::reportUnusedImports() {
  for (auto &[o, imp] : imports_) {
    if (usedImports_.count(o)) continue;
    std::string quoted = "\"" + imp->path + "\"";
    llvm::SMLoc at = imp->alias.empty() ? imp->range.Start : imp->aliasLoc;  // the ImportSpec's start
    if (imp->alias.empty() || imp->alias == ".") error(at, quoted + " imported and not used");
    else error(at, quoted + " imported as " + imp->alias + " and not used");
  }
}

bool Checker::run() {
  bool isMain = pkg_.path == "main";
  setDiagnosticPackage(pkg_.name);
  for (auto &file : pkg_.files)
    if (isMain && file->packageName != "main")
      error(file->packageLoc, "package `" + file->packageName + "` is not a main package");
  openScope();
  universe_ = scope_;
  declareUniverse(*this);
  openScope();
  package_ = scope_;
  declareLibraryMembers();
  for (auto &file : pkg_.files) {
    openScope();
    fileScopes_[file.get()] = scope_;
    declareImports(*file);
    scope_ = package_;
  }

  // Package-level names, declared in source order so that the later of two conflicting
  // declarations is the one reported.
  std::vector<Object *> packageObjects;
  for (auto &file : pkg_.files) {
    Scope *fileScope = fileScopes_[file.get()];
    for (ast::StmtPtr &s : file->globals) {
      globalDecls_.push_back(GlobalDecl{s.get(), globalDecls_.size(), fileScope});
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
    scope_ = fileScope;
    for (auto &d : file->types) packageObjects.push_back(declareTypeName(*d));
    scope_ = package_;
    for (auto &f : file->funcs) {
      funcScope_[f.get()] = fileScope;
      if (f->isMethod) continue;
      Object *o = newObject(Object::Kind::Func, f->name, f->nameLoc, nullptr);
      o->isGlobal = true;
      f->object = o;
      funcDeclOf_[o] = f.get();
      // `init` functions run before main.main and are not in scope.
      if (((isMain && f->name == "main") || f->name == "init") && (!f->sig.params.empty() || !f->sig.results.empty()))
        error(f->nameLoc, "func `" + f->name + "` must have no arguments and no return values");
      if (f->name == "init") pkg_.initFuncs.push_back(f.get());
      if (f->name != "init") packageObjects.push_back(o);
    }
  }
  std::stable_sort(packageObjects.begin(), packageObjects.end(),
                   [](Object *a, Object *b) { return a->loc.getPointer() < b->loc.getPointer(); });
  for (Object *o : packageObjects) declare(o);
  for (auto &[o, imp] : imports_)
    if (Object *clash = package_->findHere(o->name); clash && imp->alias != ".")
      error(clash->loc, "`" + o->name + "` already declared through import of package " + o->package->name +
                            " (\"" + imp->path + "\")");
  if (isMain && !pkg_.files.empty() && (!package_->findHere("main") || package_->findHere("main")->kind != Object::Kind::Func))
    error(pkg_.files.front()->packageLoc, "function `main` is undeclared in the main package");

  for (auto &file : pkg_.files)
    for (auto &d : file->types) resolveTypeDecl(*d);
  checkPendingMapKeys();
  for (auto &file : pkg_.files)
    for (auto &f : file->funcs) {
      scope_ = funcScope_[f.get()];
      if (f->isMethod) {
        declareMethod(*f);
        continue;
      }
      f->object->type = signatureType(f->sig);
      f->info.name = pkg_.symbolPrefix() + f->name;
      if (f->name == "init") {  // Go's names: main.init.0, main.init.1, ...
        auto index = std::find(pkg_.initFuncs.begin(), pkg_.initFuncs.end(), f.get()) - pkg_.initFuncs.begin();
        f->info.name += "." + std::to_string(index);
      }
      f->info.signature = f->object->type;
    }
  scope_ = package_;
  for (GlobalDecl &g : globalDecls_) checkGlobalDecl(g);
  for (auto &file : pkg_.files)
    for (auto &f : file->funcs) {
      scope_ = funcScope_[f.get()];
      if (!f->body) {
        if (!pkg_.isStandard) error(f->nameLoc, "missing function body");
        continue;
      }
      refs_ = &refsOf_[f->object];
      checkFunctionBody(f->info, f->sig, *f->body, /*isLiteral=*/false);
      refs_ = nullptr;
    }
  scope_ = package_;
  checkInitOrder();
  reportUnusedImports();
  for (auto &[name, o] : package_->names) pkg_.members[name] = o;

  // Go prints its errors sorted by position: by file, then by offset.
  llvm::SourceMgr &sources = diags_.sources();
  std::stable_sort(errors_.begin(), errors_.end(), [&](const Error &a, const Error &b) {
    unsigned fa = sources.FindBufferContainingLoc(a.loc), fb = sources.FindBufferContainingLoc(b.loc);
    return fa != fb ? fa < fb : a.loc.getPointer() < b.loc.getPointer();
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
