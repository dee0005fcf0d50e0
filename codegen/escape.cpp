#include "codegen/escape.h"

#include "frontend/ast_queries.h"

#include <llvm/Support/Casting.h>
#include <llvm/Support/ErrorHandling.h>

#include <map>
#include <vector>

namespace minigo {
namespace {

bool isLocal(const ast::Object *obj) { return obj && obj->kind == ast::Object::Kind::Var && !obj->isGlobal; }

// A node of the flow graph: a local variable's value, or its address; or the closure a function
// literal makes, which refers to the frame it is made in as an address does.
struct Node {
  const ast::Object *var = nullptr;
  bool address = false;
  const ast::FuncLit *closure = nullptr;
  auto operator<=>(const Node &) const = default;
};

// Where the value of an expression goes.
struct Sink {
  enum Kind { Discard, Escape, Variable } kind;
  const ast::Object *var = nullptr;
  static Sink discard() { return {Discard}; }
  static Sink escape() { return {Escape}; }
  // Stored into a variable: a package variable keeps it out of sight; `_` drops it.
  static Sink into(const ast::Object *v) { return !v ? discard() : isLocal(v) ? Sink{Variable, v} : escape(); }
};

// Walks every function body once, recording where each address and each local variable's value
// may flow, then marks the variables whose address reaches an escaping place.
class EscapeAnalysis {
 public:
  EscapeAnalysis(EscapeInfo &info, const ast::Program &program) : info_(info) {
    program.forEachFunction([&](const ast::Package &, const ast::FuncDecl &f) {
      if (!f.isMethod && f.body) functions_[f.object] = &f.info;  // a runtime function's arguments escape
    });
  }

  // A package variable's initial value escapes.
  void global(const ast::VarDecl &decl) {
    for (const auto &v : decl.values) value(*v, Sink::escape());
  }

  void body(const ast::Block &b, const ast::FunctionInfo &function) {
    const ast::FunctionInfo *outerFunction = std::exchange(function_, &function);
    int outerDepth = std::exchange(loopDepth_, 0);
    // The caller reads the results, which a return statement assigns.
    for (const ast::Object *result : function.results) escaping_.insert({result, false}), assigned_.insert(result);
    stmt(b);
    function_ = outerFunction;
    loopDepth_ = outerDepth;
  }

  // Whatever flows into an escaping node escapes: propagate backwards along the flows.
  void resolve() {
    std::vector<Node> work(escaping_.begin(), escaping_.end());
    while (!work.empty()) {
      Node n = work.back();
      work.pop_back();
      if (auto it = sources_.find(n); it != sources_.end())
        for (Node source : it->second)
          if (escaping_.insert(source).second) work.push_back(source);
    }
    for (const ast::Object *v : addressed_)
      if (escaping_.count({v, true})) info_.heapVariables.insert(v);
    // Not a struct or an array: they may be large, and a field or element store changes them
    // without an assignment to the variable.
    for (const ast::Object *v : captured_)
      if (!assigned_.count(v) && v->type->kind != TypeKind::Struct && v->type->kind != TypeKind::Array)
        info_.capturedByValue.insert(v);
    for (const auto &[lit, made] : closures_) {
      if (!escaping_.count({.closure = lit})) {
        info_.frameClosures.insert(lit);
        continue;
      }
      for (const ast::Object *v : lit->info.captures)
        if (!info_.capturedByValue.count(v)) info_.heapVariables.insert(v);
    }
  }

 private:
  // ---- the flow graph

  void flow(Node from, Sink to) {
    if ((!from.closure && !isLocal(from.var)) || to.kind == Sink::Discard) return;
    // A variable declared outside a loop lives across iterations; one declared inside is a new
    // variable (the same frame slot) each time round. So is a closure made inside a loop.
    if (to.kind == Sink::Escape || (owner(from) == to.var->owner && depth(to.var) < depth(from)))
      escaping_.insert(from);
    else
      sources_[{to.var, false}].push_back(from);
  }

  void takeAddress(const ast::Object *var, Sink to) {
    if (!isLocal(var)) return;
    assigned_.insert(var);  // it may be written through the pointer
    // What is stored in it can now be read back through the pointer, out of sight of the flows.
    if (addressed_.insert(var).second) escaping_.insert({var, false});
    flow({var, true}, to);
  }

  void declare(const ast::Object *var) {
    if (var) depths_[var] = loopDepth_;
  }

  int depth(const ast::Object *var) const {
    auto it = depths_.find(var);
    return it == depths_.end() ? 0 : it->second;  // parameters and results: the function's top level
  }

  // The function whose frame a node refers to, and the loop depth it is made at there.
  const ast::FunctionInfo *owner(Node n) const { return n.closure ? closures_.at(n.closure).owner : n.var->owner; }
  int depth(Node n) const { return n.closure ? closures_.at(n.closure).depth : depth(n.var); }

  // An assignment to `lhs` changes the variable it names. (A field or array element store
  // changes a struct or array variable, which closures never copy: see resolve.)
  void assigned(const ast::Expr &lhs) {
    if (auto *id = llvm::dyn_cast<ast::Ident>(&unparen(lhs)); id && id->object) assigned_.insert(id->object);
  }

  // ---- statements

  void stmt(const ast::Stmt &s) {
    using K = ast::Stmt::Kind;
    switch (s.kind) {
      case K::VarDecl: {
        auto &d = llvm::cast<ast::VarDecl>(s);
        std::vector<Sink> sinks;
        for (const ast::Object *var : d.objects) declare(var), sinks.push_back(Sink::into(var));
        return assign(d.values, sinks);
      }
      case K::ShortVarDecl: {
        auto &d = llvm::cast<ast::ShortVarDecl>(s);
        std::vector<Sink> sinks;
        for (size_t i = 0; i < d.lhs.size(); ++i) {
          if (d.isNew[i]) declare(d.lhs[i]->object);
          else assigned(*d.lhs[i]);
          sinks.push_back(Sink::into(d.lhs[i]->object));
        }
        return assign(d.values, sinks);
      }
      case K::Assign: {
        auto &a = llvm::cast<ast::Assign>(s);
        for (const auto &lhs : a.lhs) assigned(*lhs);
        if (a.op != ast::AssignOp::Plain) return children(s);  // arithmetic: no address in either operand
        std::vector<Sink> sinks;
        for (const auto &lhs : a.lhs) sinks.push_back(target(*lhs));
        return assign(a.rhs, sinks);
      }
      case K::Block: return stmts(llvm::cast<ast::Block>(s).stmts);
      case K::For: return loop(llvm::cast<ast::For>(s));
      case K::Switch: {
        auto &sw = llvm::cast<ast::Switch>(s);
        optional(sw.init.get());
        if (sw.tag) value(*sw.tag, Sink::discard());
        return clauses(sw.clauses);
      }
      case K::TypeSwitch: {
        auto &ts = llvm::cast<ast::TypeSwitch>(s);
        optional(ts.init.get());
        value(*ts.subject, Sink::discard());
        return clauses(ts.clauses);
      }
      case K::Return:
        for (const auto &v : llvm::cast<ast::Return>(s).values) value(*v, Sink::escape());
        return;
      case K::Defer: return call(*llvm::cast<ast::DeferStmt>(s).call, Runs::Deferred);
      case K::Go: return call(*llvm::cast<ast::GoStmt>(s).call, Runs::Concurrently);
      case K::Send:  // the value is copied into the channel, where any goroutine may receive it
        value(*llvm::cast<ast::SendStmt>(s).chan, Sink::discard());
        return value(*llvm::cast<ast::SendStmt>(s).value, Sink::escape());
      case K::Select:
        for (const ast::CommClause &clause : llvm::cast<ast::SelectStmt>(s).clauses) {
          optional(clause.comm.get());
          stmts(clause.body);
        }
        return;
      case K::ConstDecl: return;  // its values are computed by the compiler
      case K::IncDec:
        assigned(*llvm::cast<ast::IncDec>(s).target);
        return children(s);
      case K::ExprStmt:
      case K::If:
      case K::Labeled:
      case K::Goto:
      case K::TypeDecl:
      case K::Break:
      case K::Continue:
      case K::Empty: return children(s);
    }
  }

  // The sub-statements of `s`, and its expressions, whose values it only reads.
  void children(const ast::Stmt &s) {
    forEachChild(s, [&](const ast::Stmt &child) { stmt(child); }, [&](const ast::Expr &e) { value(e, Sink::discard()); });
  }

  void stmts(const std::vector<ast::StmtPtr> &list) {
    int outerDepth = loopDepth_;
    for (const auto &s : list) {
      // A label may be the target of a backward goto: what follows it may run again, as a loop.
      if (s->kind == ast::Stmt::Kind::Labeled) ++loopDepth_;
      stmt(*s);
    }
    loopDepth_ = outerDepth;
  }

  void optional(const ast::Stmt *s) {
    if (s) stmt(*s);
  }

  void loop(const ast::For &f) {
    // The init statement runs once, outside the iterations: its variables live from one
    // iteration to the next (each iteration's copy starts from the previous one's), so what the
    // body stores in them must outlive the iteration that made it.
    if (f.init) stmt(*f.init);
    ++loopDepth_;
    // A range loop's `:=` variables are new in each iteration, as if declared in its body.
    // (The values they get are read from the range expression, as a[i] is: no address of a
    // frame flows with them.)
    if (f.rangeClause && f.rangeClause->define)
      for (const auto &id : f.rangeClause->lhs) declare(llvm::cast<ast::Ident>(*id).object);
    else if (f.rangeClause)
      for (const auto &lhs : f.rangeClause->lhs) assigned(*lhs);
    forEachChild(
        f, [&](const ast::Stmt &child) { if (&child != f.init.get()) stmt(child); },
        [&](const ast::Expr &e) { value(e, Sink::discard()); });
    // Each iteration has its own copy of the loop's variables, which only a heap cell gives it
    // (codegen copies the cell before `post`): their addresses escape.
    if (auto *decl = llvm::dyn_cast_or_null<ast::ShortVarDecl>(f.init.get()))
      for (const auto &id : decl->lhs)
        if (id->object && id->object->isPerIterationLoopVar) escaping_.insert({id->object, true});
    --loopDepth_;
  }

  void clauses(const std::vector<ast::CaseClause> &cs) {
    for (const auto &c : cs) {
      for (const auto &e : c.exprs) value(*e, Sink::discard());
      declare(c.boundVar);
      stmts(c.body);
    }
  }

  // The values of an assignment go to their targets; the results of a multi-value call hold no
  // address of a frame (returning one makes it escape).
  void assign(const std::vector<ast::ExprPtr> &values, const std::vector<Sink> &sinks) {
    for (size_t i = 0; i < values.size(); ++i)
      value(*values[i], values.size() == sinks.size() ? sinks[i] : Sink::discard());
  }

  // Where a value assigned to `lhs` goes: a variable, or memory (out of sight).
  Sink target(const ast::Expr &lhs) {
    if (auto *id = llvm::dyn_cast<ast::Ident>(&unparen(lhs))) return Sink::into(id->object);
    value(lhs, Sink::discard());  // the operands that locate it: `*p`, `x.f`, `a[i]`
    return Sink::escape();
  }

  // ---- expressions

  void value(const ast::Expr &e, Sink to) {
    using K = ast::Expr::Kind;
    switch (e.kind) {
      case K::Ident: return flow({llvm::cast<ast::Ident>(e).object, false}, to);
      case K::Unary: {
        auto &u = llvm::cast<ast::Unary>(e);
        if (u.op == ast::UnaryOp::AddrOf) return address(*u.operand, to);
        return value(*u.operand, Sink::discard());  // `*p` copies the pointee; the rest compute
      }
      case K::Binary:
        return value(*llvm::cast<ast::Binary>(e).lhs, Sink::discard()),
               value(*llvm::cast<ast::Binary>(e).rhs, Sink::discard());
      case K::Call: {
        auto &c = llvm::cast<ast::Call>(e);
        // `(*T)(p)` is p; a conversion to an interface boxes its operand.
        if (c.callKind == ast::CallKind::Conversion)
          return value(*c.args[0], e.type->isInterface() ? Sink::escape() : to);
        return call(c, Runs::Now);
      }
      case K::Selector: {
        auto &sel = llvm::cast<ast::Selector>(e);
        if (sel.isMethodExpr) return;
        // The closure of a pointer method's value holds the receiver's address.
        if (sel.isMethodValue && sel.methodDecl && sel.methodDecl->pointerReceiver)
          return pathAddress(*sel.base, sel.throughPointer, Sink::escape());
        if (sel.isMethodValue) return value(*sel.base, Sink::escape());  // bound to a copy (maybe a closure)
        return value(*sel.base, Sink::discard());  // a field
      }
      case K::Index:  // a map's key may be stored in the map
        return value(*llvm::cast<ast::Index>(e).base, Sink::discard()),
               value(*llvm::cast<ast::Index>(e).index, isMapIndex(e) ? Sink::escape() : Sink::discard());
      case K::SliceExpr: {
        auto &slice = llvm::cast<ast::SliceExpr>(e);
        for (const ast::ExprPtr *index : {&slice.low, &slice.high, &slice.max})
          if (*index) value(**index, Sink::discard());
        // A slice of an array points into it: the array moves to the heap (a slice may outlive
        // any frame). A slice of a slice or array pointer carries the same pointer on.
        if (slice.base->type->kind == TypeKind::Array) return address(*slice.base, Sink::escape());
        return value(*slice.base, slice.base->type->isStringLike() ? Sink::discard() : to);
      }
      case K::CompositeLit:
        for (const ast::KeyedElement &elem : llvm::cast<ast::CompositeLit>(e).elems) {
          if (elem.key && e.type->kind == TypeKind::Map) value(*elem.key, Sink::escape());
          value(*elem.value, Sink::escape());
        }
        return;
      case K::FuncLit: {
        auto &lit = llvm::cast<ast::FuncLit>(e);
        closures_[&lit] = {function_, loopDepth_};
        flow({.closure = &lit}, to);
        return funcLit(lit);
      }
      case K::TypeAssert: return value(*llvm::cast<ast::TypeAssert>(e).operand, Sink::discard());
      case K::Paren: return value(*llvm::cast<ast::Paren>(e).inner, to);
      case K::ImplicitConv: return value(*llvm::cast<ast::ImplicitConv>(e).operand, Sink::escape());
      case K::IntLit:
      case K::FloatLit:
      case K::StringLit:
      case K::TypeOperand: return;
    }
  }

  // The address of an addressable operand (or of `T{...}`, a new heap cell) goes to `to`.
  void address(const ast::Expr &e, Sink to) {
    const ast::Expr &x = unparen(e);
    if (auto *id = llvm::dyn_cast<ast::Ident>(&x)) return takeAddress(id->object, to);
    if (auto *u = llvm::dyn_cast<ast::Unary>(&x); u && u->op == ast::UnaryOp::Deref) return value(*u->operand, to);
    if (auto *sel = llvm::dyn_cast<ast::Selector>(&x); sel && sel->isField)
      return pathAddress(*sel->base, sel->throughPointer, to);
    if (auto *index = llvm::dyn_cast<ast::Index>(&x)) {
      value(*index->index, Sink::discard());
      TypeKind base = index->base->type->kind;
      if (base == TypeKind::Pointer || base == TypeKind::Slice) return value(*index->base, to);
      return address(*index->base, to);
    }
    value(x, Sink::discard());
  }

  // The address of a field or embedded receiver reached from `base`: inside the variable `base`
  // denotes, or inside what a pointer on the way points to (the base's value, or an embedded
  // pointer, whose target is out of sight already).
  void pathAddress(const ast::Expr &base, bool throughPointer, Sink to) {
    if (base.type->kind == TypeKind::Pointer) return value(base, to);
    if (throughPointer) return value(base, Sink::discard());
    address(base, to);
  }

  // When a call's operands are used: at once, when the frame returns, or on a new goroutine.
  enum class Runs { Now, Deferred, Concurrently };

  // A call's result carries no address of a frame. Its arguments go to the parameters of a
  // function or method called by name, or of a literal called at once; a deferred call keeps
  // them in the frame until it runs, a goroutine, a function value or the library anywhere.
  void call(const ast::Call &c, Runs runs) {
    bool now = runs == Runs::Now;
    const std::vector<ast::Object *> *params = nullptr;
    size_t first = 0;  // the first argument's parameter
    bool onlyRead = false;
    const ast::Expr &callee = unparen(*c.callee);
    switch (c.callKind) {
      case ast::CallKind::Method: {
        auto &sel = llvm::cast<ast::Selector>(callee);
        if (c.methodDecl && now) params = &c.methodDecl->info.params, first = 1;
        if (c.methodDecl && c.methodDecl->pointerReceiver)
          pathAddress(*sel.base, sel.throughPointer, params ? Sink::into((*params)[0]) : Sink::escape());
        else  // a copy of the receiver (a func-typed one may be a closure), or an interface
          value(*sel.base, params ? Sink::into((*params)[0]) : Sink::escape());
        break;
      }
      case ast::CallKind::Func:
        if (auto *lit = llvm::dyn_cast<ast::FuncLit>(&callee)) {
          // An open-coded deferred literal runs before its frame returns.
          if (now || (runs == Runs::Deferred && !function_->deferInLoop)) info_.frameClosures.insert(lit), funcLit(*lit);
          else value(*lit, Sink::escape());
          if (now) params = &lit->info.params;
        } else if (auto *id = llvm::dyn_cast<ast::Ident>(&callee); id && functions_.count(id->object)) {
          if (now) params = &functions_.at(id->object)->params;
        } else {
          // A closure called later (deferred in a loop, or on a goroutine) must outlive the frame
          // slot it was made in.
          value(callee, now ? Sink::discard() : Sink::escape());
        }
        break;
      case ast::CallKind::Builtin:
        // copy moves elements between heap arrays (a slice of a frame's array has moved it already).
        onlyRead = c.builtin == Builtin::Len || c.builtin == Builtin::Cap || c.builtin == Builtin::Copy ||
                   c.builtin == Builtin::Print || c.builtin == Builtin::Println;
        break;
      default: break;
    }
    // The arguments a variadic call packs into a new []T live in that heap array (escaping).
    const Type *sig = c.callKind == ast::CallKind::Func || c.callKind == ast::CallKind::Method ? callee.type->underlying : nullptr;
    size_t packedFrom = sig && sig->variadic && !c.hasEllipsis ? sig->params.size() - 1 : c.args.size();
    for (size_t i = 0; i < c.args.size(); ++i) {
      Sink to = Sink::escape();
      if (onlyRead) to = Sink::discard();
      else if (params && i < packedFrom && first + i < params->size()) to = Sink::into((*params)[first + i]);
      value(*c.args[i], to);
    }
  }

  void funcLit(const ast::FuncLit &lit) {
    captured_.insert(lit.info.captures.begin(), lit.info.captures.end());
    // The literal reads and writes its captured variables in another frame: what they hold escapes.
    for (const ast::Object *captured : lit.info.captures) escaping_.insert({captured, false});
    body(*lit.body, lit.info);
  }

  EscapeInfo &info_;
  std::map<const ast::Object *, const ast::FunctionInfo *> functions_;  // top-level functions
  const ast::FunctionInfo *function_ = nullptr;
  int loopDepth_ = 0;  // loops (and labels) around the statement being walked, in its function
  std::map<const ast::Object *, int> depths_;  // each local variable's loop depth
  std::set<const ast::Object *> addressed_;    // variables whose address is taken
  std::set<const ast::Object *> captured_;     // variables a function literal captures
  std::set<const ast::Object *> assigned_;     // variables changed after their declaration
  struct Made {
    const ast::FunctionInfo *owner;
    int depth;
  };
  std::map<const ast::FuncLit *, Made> closures_;  // literals whose closure is a value (not called at once)
  std::set<Node> escaping_;
  std::map<Node, std::vector<Node>> sources_;  // a variable's value <- what flows into it
};

}  // namespace

EscapeInfo analyzeEscapes(const ast::Program &program) {
  EscapeInfo info;
  EscapeAnalysis analysis(info, program);
  program.forEachPackageVariable([&](const ast::Package &, const ast::VarDecl &decl) { analysis.global(decl); });
  program.forEachFunction([&](const ast::Package &, const ast::FuncDecl &f) {
    if (f.body) analysis.body(*f.body, f.info);
  });
  analysis.resolve();
  return info;
}

}  // namespace minigo
