// The abstract syntax tree: the data structure between the parser, the checker and codegen.
//
// The parser (frontend/parse*) builds it with source ranges; the checker (frontend/check*)
// fills in the fields marked "checker:"; codegen only reads it. Nodes are plain structs with a
// kind tag so that phases can use llvm::isa/cast/dyn_cast and switch over kinds.
#pragma once

#include "frontend/builtins.h"
#include "frontend/types.h"

#include <llvm/Support/SMLoc.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace minigo::ast {

struct Expr;
struct Stmt;
struct Block;
struct FuncLit;
struct FuncDecl;
using ExprPtr = std::unique_ptr<Expr>;
using StmtPtr = std::unique_ptr<Stmt>;

// ---------------------------------------------------------------------------------------------
// Entities that names resolve to (filled in by the checker).

struct FunctionInfo;

// A named entity: a variable, constant, function, builtin, package or type name.
struct Object {
  enum class Kind { Var, Const, Func, Builtin, Package, TypeName, Nil };
  Kind kind;
  std::string name;
  llvm::SMLoc loc;                    // declaring position (invalid for universe objects)
  const Type *type = nullptr;         // Var/Const/Func: its type; TypeName: the named type
  ConstValue constant;                // Const only
  bool isGlobal = false;              // package-level Var or Func
  bool isCaptured = false;            // Var referenced from a nested function literal: lives in a heap cell
  bool isPerIterationLoopVar = false; // Var declared by a three-clause `for` init (Go 1.22 semantics);
                                      // a range loop's `:=` variables are declared in each iteration instead
  FunctionInfo *owner = nullptr;      // local Var: the function that declares it
  Builtin builtin{};                  // Builtin only: which one
  const struct Package *package = nullptr;  // Package: the imported package
};

// Facts about one function body (a FuncDecl or a FuncLit), computed by the checker.
struct FunctionInfo {
  std::string name;                      // "main.f", "main.f.func1", ...
  const Type *signature = nullptr;       // a Func type
  std::vector<Object *> params;          // in order; unnamed/blank params get an Object too
  std::vector<Object *> results;         // named results, or synthesised unnamed ones
  bool namedResults = false;
  std::vector<Object *> captures;        // FuncLit: free variables from enclosing functions, in order of first use
  std::vector<struct DeferStmt *> defers; // every defer statement directly in this body (not nested literals)
  bool deferInLoop = false;              // some defer is inside a `for` of this body
  bool callsRecover = false;             // a `recover()` call appears directly in this body
};

// ---------------------------------------------------------------------------------------------
// Type expressions: `int`, `Celsius`, `fmt.Stringer`, `func(int) (int, error)`,
// `interface{ Area() float64 }`.

struct TypeExpr;

// One element of an interface type expression: a method, or an embedded interface.
struct InterfaceElemExpr {
  std::string name;                // the method's name (empty for an embedded interface)
  llvm::SMLoc loc;
  std::unique_ptr<TypeExpr> type;  // the method's Func type, or the embedded interface's Name
};

// One field declaration of a struct type expression (`a, b int` gives two).
struct FieldExpr {
  std::string name;                // for an embedded field, its type's name
  llvm::SMLoc loc;
  std::unique_ptr<TypeExpr> type;  // an embedded `*T` is a Pointer to T
  bool embedded = false;
  std::string tag;                 // decoded
};

struct TypeExpr {
  enum class Kind { Name, Func, Interface, Pointer, Struct, Array, Map, Chan };
  Kind kind;
  llvm::SMRange range;
  std::string package;                               // Name: "fmt" in `fmt.Stringer`, else empty
  std::string name;                                  // Name
  llvm::SMLoc nameLoc;                                // Name: where `name` is (after `pkg.`)
  std::vector<std::unique_ptr<TypeExpr>> params;      // Func
  std::vector<std::unique_ptr<TypeExpr>> results;     // Func
  bool variadic = false;                              // Func: last param is ...T
  std::vector<InterfaceElemExpr> elems;               // Interface
  std::unique_ptr<TypeExpr> elem;                     // Pointer, Array, Map, Chan
  ChanDir chanDir = ChanDir::Both;                    // Chan
  std::unique_ptr<TypeExpr> key;                      // Map
  std::vector<FieldExpr> fields;                      // Struct
  std::unique_ptr<struct Expr> length;                // Array: null for `[...]T` and `[]T`
  bool ellipsis = false;                              // Array: `[...]T`
  const Type *resolved = nullptr;                     // checker: the denoted type
};
using TypeExprPtr = std::unique_ptr<TypeExpr>;

// ---------------------------------------------------------------------------------------------
// Expressions

struct Expr {
  enum class Kind {
    IntLit, FloatLit, StringLit, Ident, Unary, Binary, Call, Selector, FuncLit, TypeAssert,
    Paren, ImplicitConv, CompositeLit, TypeOperand, Index, SliceExpr,
  };
  const Kind kind;
  llvm::SMRange range;
  const Type *type = nullptr;  // checker: the expression's type (a Tuple for multi-value calls)
  ConstValue constant;         // checker: set when the expression is a constant (already converted
                               // to `type`, so codegen emits it directly)
  explicit Expr(Kind k) : kind(k) {}
  virtual ~Expr() = default;
};

struct IntLit : Expr {
  std::string text;  // as written: 42, 0x2A, 1_000, 'a'
  int32_t rune = 0;  // a rune literal's code point (decoded by the parser)
  IntLit() : Expr(Kind::IntLit) {}
  static bool classof(const Expr *e) { return e->kind == Kind::IntLit; }
};

struct FloatLit : Expr {
  std::string text;  // as written: 1.5, 1e9, 0x1p-2, or an imaginary literal: 2i, 1.5i
  FloatLit() : Expr(Kind::FloatLit) {}
  static bool classof(const Expr *e) { return e->kind == Kind::FloatLit; }
};

struct StringLit : Expr {
  std::string value;  // decoded (escapes processed; raw strings verbatim)
  StringLit() : Expr(Kind::StringLit) {}
  static bool classof(const Expr *e) { return e->kind == Kind::StringLit; }
};

struct Ident : Expr {
  std::string name;
  Object *object = nullptr;  // checker: what the name refers to (nullptr for `_`)
  const Object *package = nullptr;  // checker: of a qualified identifier `pkg.Name`, the package
  llvm::SMLoc qualifiedNameLoc;      // checker: of a qualified identifier, where Name is
  Ident() : Expr(Kind::Ident) {}
  static bool classof(const Expr *e) { return e->kind == Kind::Ident; }
};

enum class UnaryOp { Neg, Plus, Not, BitNot, Deref, AddrOf, Recv };
struct Unary : Expr {
  UnaryOp op;
  ExprPtr operand;
  Unary() : Expr(Kind::Unary) {}
  static bool classof(const Expr *e) { return e->kind == Kind::Unary; }
};

enum class BinaryOp {
  Add, Sub, Mul, Div, Rem, And, Or, Xor, AndNot, Shl, Shr,  // arithmetic (same order as AssignOp)
  Eq, Ne, Lt, Le, Gt, Ge, LogAnd, LogOr,
};
struct Binary : Expr {
  BinaryOp op;
  llvm::SMLoc opLoc;
  ExprPtr lhs, rhs;
  Binary() : Expr(Kind::Binary) {}
  static bool classof(const Expr *e) { return e->kind == Kind::Binary; }
};

// What a call expression does, decided by the checker.
enum class CallKind {
  Unresolved,
  Func,        // a call of a function value (including a top-level function by name)
  Conversion,  // T(x): callee names a type
  Builtin,     // len, new, panic, print, println, recover, complex, real, imag: `builtin` says which
  Library,     // fmt.Println, fmt.Printf, ..., errors.New, os.Exit: `builtin` says which
  Method,      // x.M(): the callee is a Selector (naming M) whose type is the method's signature
               // (without the receiver)
};
struct Call : Expr {
  ExprPtr callee;
  std::vector<ExprPtr> args;
  bool hasEllipsis = false;  // f(xs...)
  CallKind callKind = CallKind::Unresolved;  // checker
  Builtin builtin{};                          // checker: Builtin and Library only (see CallKind)
  FuncDecl *methodDecl = nullptr;             // checker: Method on a defined type (not an interface)
  Call() : Expr(Kind::Call) {}
  static bool classof(const Expr *e) { return e->kind == Kind::Call; }
};

// x.name: a package member (fmt.Println), a field (p.X, through embedded fields and pointers)
// or a method (c.String, err.Error).
struct Selector : Expr {
  ExprPtr base;
  std::string name;
  llvm::SMLoc nameLoc;
  // checker: the field indices from the base's struct type to the selected field, or (for a
  // method) to the embedded field whose method it is. A pointer on the way is dereferenced.
  std::vector<int> path;
  bool isField = false;         // checker
  bool throughPointer = false;  // checker: the path dereferences a pointer (the base or embedded)
  // checker: a method value `x.M` (bound to x when evaluated) or a method expression `T.M`
  // (`receiverType` T); `methodDecl` is null for an interface's method.
  bool isMethodValue = false, isMethodExpr = false;
  const FuncDecl *methodDecl = nullptr;
  const Type *receiverType = nullptr;
  Selector() : Expr(Kind::Selector) {}
  static bool classof(const Expr *e) { return e->kind == Kind::Selector; }
};

struct Param {
  std::string name;  // empty when unnamed
  llvm::SMLoc loc;
  TypeExprPtr type;  // shared by `a, b int`: the parser gives every param its own copy
};

struct Signature {
  std::vector<Param> params;
  std::vector<Param> results;
  bool variadic = false;
};

struct FuncLit : Expr {
  Signature sig;
  std::unique_ptr<Block> body;
  FunctionInfo info;  // checker
  FuncLit();
  ~FuncLit() override;
  static bool classof(const Expr *e) { return e->kind == Kind::FuncLit; }
};

// x.(T), or x.(type) inside a type switch guard (then `type` is null).
struct TypeAssert : Expr {
  ExprPtr operand;
  TypeExprPtr assertedType;
  TypeAssert() : Expr(Kind::TypeAssert) {}
  static bool classof(const Expr *e) { return e->kind == Kind::TypeAssert; }
};

struct Paren : Expr {
  ExprPtr inner;
  Paren() : Expr(Kind::Paren) {}
  static bool classof(const Expr *e) { return e->kind == Kind::Paren; }
};

// One element of a composite literal: `key: value` or `value`. A nested `{...}` without a
// type is a CompositeLit whose type is null.
struct KeyedElement {
  ExprPtr key;  // null when positional
  ExprPtr value;
};

// T{...}, &T{...} (an AddrOf Unary over it), struct{...}{...}.
struct CompositeLit : Expr {
  std::unique_ptr<TypeExpr> litType;  // null for an elided type
  std::vector<KeyedElement> elems;
  llvm::SMLoc rbrace;
  // checker: the field (struct literal) or the element index (array literal) each element sets
  std::vector<int64_t> fieldIndex;
  CompositeLit() : Expr(Kind::CompositeLit) {}
  static bool classof(const Expr *e) { return e->kind == Kind::CompositeLit; }
};

// a[i]
struct Index : Expr {
  ExprPtr base;
  ExprPtr index;
  Index() : Expr(Kind::Index) {}
  static bool classof(const Expr *e) { return e->kind == Kind::Index; }
};

// a[low:high] and a[low:high:max] of a string, an array, a pointer to an array, or a slice.
struct SliceExpr : Expr {
  ExprPtr base;
  ExprPtr low, high, max;  // each null when omitted (`max` is set exactly in a 3-index slice)
  SliceExpr() : Expr(Kind::SliceExpr) {}
  static bool classof(const Expr *e) { return e->kind == Kind::SliceExpr; }
};

// A type literal as the callee of a conversion: `interface{}(x)`.
struct TypeOperand : Expr {
  std::unique_ptr<TypeExpr> denoted;
  TypeOperand() : Expr(Kind::TypeOperand) {}
  static bool classof(const Expr *e) { return e->kind == Kind::TypeOperand; }
};

// Inserted by the checker where a value of a concrete type is used as an interface value
// (assignment, argument passing, return, panic(v), fmt args). `type` is the interface type; around
// a multi-value call or comma-ok form it is the Tuple the targets receive, and codegen boxes the
// elements whose target is an interface.
struct ImplicitConv : Expr {
  ExprPtr operand;
  ImplicitConv() : Expr(Kind::ImplicitConv) {}
  static bool classof(const Expr *e) { return e->kind == Kind::ImplicitConv; }
};

// ---------------------------------------------------------------------------------------------
// Statements

struct Stmt {
  enum class Kind {
    ExprStmt, VarDecl, ConstDecl, TypeDecl, ShortVarDecl, Assign, IncDec, Block, If, For, Switch,
    TypeSwitch, Break, Continue, Return, Defer, Empty, Labeled, Goto, Go, Send, Select,
  };
  const Kind kind;
  llvm::SMRange range;
  explicit Stmt(Kind k) : kind(k) {}
  virtual ~Stmt() = default;
};

struct ExprStmt : Stmt {
  ExprPtr expr;
  ExprStmt() : Stmt(Kind::ExprStmt) {}
  static bool classof(const Stmt *s) { return s->kind == Kind::ExprStmt; }
};

// var a, b T = x, y   (one spec; a grouped `var (...)` becomes several VarDecls)
struct VarDecl : Stmt {
  std::vector<std::string> names;
  std::vector<llvm::SMLoc> nameLocs;
  TypeExprPtr type;              // may be null
  std::vector<ExprPtr> values;   // may be empty
  std::vector<Object *> objects; // checker: one per name (nullptr for `_`)
  VarDecl() : Stmt(Kind::VarDecl) {}
  static bool classof(const Stmt *s) { return s->kind == Kind::VarDecl; }
};

// const a, b T = x, y   (a grouped const with implicit repetition and iota is expanded by
// the parser: each spec carries its own copy of the values and its iota)
struct ConstDecl : Stmt {
  std::vector<std::string> names;
  std::vector<llvm::SMLoc> nameLocs;
  TypeExprPtr type;
  std::vector<ExprPtr> values;
  int64_t iota = 0;
  std::vector<Object *> objects;  // checker
  ConstDecl() : Stmt(Kind::ConstDecl) {}
  static bool classof(const Stmt *s) { return s->kind == Kind::ConstDecl; }
};

// type Name T  /  type Name = T   (one spec; a grouped `type (...)` becomes several TypeDecls)
struct TypeDecl : Stmt {
  std::string name;
  llvm::SMLoc nameLoc;
  bool alias = false;
  TypeExprPtr type;
  Object *object = nullptr;  // checker: the TypeName
  TypeDecl() : Stmt(Kind::TypeDecl) {}
  static bool classof(const Stmt *s) { return s->kind == Kind::TypeDecl; }
};

// a, b := x, y
struct ShortVarDecl : Stmt {
  std::vector<std::unique_ptr<Ident>> lhs;
  std::vector<ExprPtr> values;
  std::vector<bool> isNew;  // checker: which names declare a new variable (others are assigned)
  ShortVarDecl() : Stmt(Kind::ShortVarDecl) {}
  static bool classof(const Stmt *s) { return s->kind == Kind::ShortVarDecl; }
};

// a, b = x, y  or  a op= x
enum class AssignOp { Plain, Add, Sub, Mul, Div, Rem, And, Or, Xor, AndNot, Shl, Shr };
struct Assign : Stmt {
  AssignOp op = AssignOp::Plain;
  std::vector<ExprPtr> lhs;  // `_` is an Ident with a null object
  std::vector<ExprPtr> rhs;
  Assign() : Stmt(Kind::Assign) {}
  static bool classof(const Stmt *s) { return s->kind == Kind::Assign; }
};

struct IncDec : Stmt {
  ExprPtr target;
  bool increment = true;
  IncDec() : Stmt(Kind::IncDec) {}
  static bool classof(const Stmt *s) { return s->kind == Kind::IncDec; }
};

struct Block : Stmt {
  std::vector<StmtPtr> stmts;
  llvm::SMLoc rbrace;  // position of the closing brace (Go reports "missing return" there)
  Block() : Stmt(Kind::Block) {}
  static bool classof(const Stmt *s) { return s->kind == Kind::Block; }
};

struct If : Stmt {
  StmtPtr init;                // may be null
  ExprPtr cond;
  std::unique_ptr<Block> then;
  StmtPtr otherwise;           // null, a Block or an If
  If() : Stmt(Kind::If) {}
  static bool classof(const Stmt *s) { return s->kind == Kind::If; }
};

// What a range clause iterates over, decided by the checker. Codegen gives each kind its
// iteration in one place (codegen_range.cpp: CodeGen::beginRange).
enum class RangeKind { Integer, Array, ArrayPointer, Slice, String, Map, Chan };

// `k, v := range x`, `k, v = range x`, `range x`: the header of a range loop.
struct RangeClause {
  std::vector<ExprPtr> lhs;  // the iteration variables, at most two; Idents when `define`
  bool define = false;       // `:=`: each iteration declares new variables (Go 1.22)
  llvm::SMLoc rangeLoc;      // the `range` keyword
  ExprPtr x;                 // the range expression
  // checker:
  RangeKind kind = RangeKind::Integer;
  const Type *keyType = nullptr;    // the index (int), or for an integer the type of its values
  const Type *valueType = nullptr;  // the element (a string's rune); null for an integer
  // The spec's one exception: with at most one iteration variable and a constant len(x), x is
  // not evaluated at all (`for i := range *p` with a nil p does not panic).
  bool evaluateX = true;
};

// for init; cond; post { }   /   for cond { }   /   for { }   /   for k, v := range x { }
struct For : Stmt {
  StmtPtr init, post;  // may be null
  ExprPtr cond;        // may be null
  std::unique_ptr<RangeClause> rangeClause;  // a range loop (then init, cond and post are null)
  std::unique_ptr<Block> body;
  For() : Stmt(Kind::For) {}
  static bool classof(const Stmt *s) { return s->kind == Kind::For; }
};

struct CaseClause {
  llvm::SMRange range;
  std::vector<ExprPtr> exprs;       // Switch: the case values; empty for default
  std::vector<TypeExprPtr> types;   // TypeSwitch: the case types (a null entry means `nil`); empty for default
  bool isDefault = false;
  std::vector<StmtPtr> body;
  bool fallthrough = false;         // Switch: body ends in `fallthrough`
  Object *boundVar = nullptr;       // TypeSwitch with `v :=`: checker's per-clause variable
};

struct Switch : Stmt {
  StmtPtr init;  // may be null
  ExprPtr tag;   // may be null (then cases are boolean conditions)
  std::vector<CaseClause> clauses;
  Switch() : Stmt(Kind::Switch) {}
  static bool classof(const Stmt *s) { return s->kind == Kind::Switch; }
};

// switch v := x.(type) { case int: ... }
struct TypeSwitch : Stmt {
  StmtPtr init;
  std::string binding;  // empty when there is no `v :=`
  llvm::SMLoc bindingLoc;
  ExprPtr subject;      // x
  std::vector<CaseClause> clauses;
  TypeSwitch() : Stmt(Kind::TypeSwitch) {}
  static bool classof(const Stmt *s) { return s->kind == Kind::TypeSwitch; }
};

// `break`, `break L`; likewise `continue` and `goto L`.
struct Break : Stmt {
  std::string label;  // empty when there is none
  llvm::SMLoc labelLoc;
  Break() : Stmt(Kind::Break) {}
  static bool classof(const Stmt *s) { return s->kind == Kind::Break; }
};

struct Continue : Stmt {
  std::string label;
  llvm::SMLoc labelLoc;
  Continue() : Stmt(Kind::Continue) {}
  static bool classof(const Stmt *s) { return s->kind == Kind::Continue; }
};

struct Goto : Stmt {
  std::string label;
  llvm::SMLoc labelLoc;
  Goto() : Stmt(Kind::Goto) {}
  static bool classof(const Stmt *s) { return s->kind == Kind::Goto; }
};

// L: stmt
struct Labeled : Stmt {
  std::string label;
  llvm::SMLoc labelLoc;
  StmtPtr stmt;
  Labeled() : Stmt(Kind::Labeled) {}
  static bool classof(const Stmt *s) { return s->kind == Kind::Labeled; }
};

struct Return : Stmt {
  std::vector<ExprPtr> values;
  Return() : Stmt(Kind::Return) {}
  static bool classof(const Stmt *s) { return s->kind == Kind::Return; }
};

struct DeferStmt : Stmt {
  std::unique_ptr<Call> call;
  bool inLoop = false;  // checker: inside a `for` of its function
  int index = 0;        // checker: position among its function's defers (source order)
  DeferStmt() : Stmt(Kind::Defer) {}
  static bool classof(const Stmt *s) { return s->kind == Kind::Defer; }
};

// go f(x): like a deferred call, the function value and arguments are evaluated where the
// statement runs.
struct GoStmt : Stmt {
  std::unique_ptr<Call> call;
  GoStmt() : Stmt(Kind::Go) {}
  static bool classof(const Stmt *s) { return s->kind == Kind::Go; }
};

// c <- v
struct SendStmt : Stmt {
  ExprPtr chan, value;
  SendStmt() : Stmt(Kind::Send) {}
  static bool classof(const Stmt *s) { return s->kind == Kind::Send; }
};

// One `case` of a select: its communication is a SendStmt, or an ExprStmt, Assign or
// ShortVarDecl whose value is a receive (`<-c`, `v = <-c`, `v, ok := <-c`); null for `default`.
struct CommClause {
  llvm::SMLoc loc;  // of `case` or `default`
  StmtPtr comm;
  std::vector<StmtPtr> body;
};

struct SelectStmt : Stmt {
  std::vector<CommClause> clauses;
  SelectStmt() : Stmt(Kind::Select) {}
  static bool classof(const Stmt *s) { return s->kind == Kind::Select; }
};

struct Empty : Stmt {
  Empty() : Stmt(Kind::Empty) {}
  static bool classof(const Stmt *s) { return s->kind == Kind::Empty; }
};

// ---------------------------------------------------------------------------------------------
// Top level

struct Package;

// ImportSpec = [ "." | PackageName ] ImportPath .
struct Import {
  std::string path;   // "fmt"
  llvm::SMRange range;  // of the path
  std::string alias;  // the PackageName, "." or "_"; empty when there is none
  llvm::SMLoc aliasLoc;
  Package *package = nullptr;  // loader: the imported package
};

// A function, or a method: then the receiver is the first entry of sig.params.
struct FuncDecl {
  bool isMethod = false;
  std::string name;
  llvm::SMRange range;
  llvm::SMLoc nameLoc;
  Signature sig;
  // Null for a function implemented outside Go: in the standard library, a runtime function
  // named after it (`minigo_errors_asTarget` for errors.asTarget); elsewhere an error.
  std::unique_ptr<Block> body;
  bool noInline = false;    // a `//go:noinline` directive precedes it (benchmarks rely on it)
  FunctionInfo info;        // checker
  Object *object = nullptr; // checker: the function (a method's is in no scope)
  const Type *receiverType = nullptr;  // checker: the defined type a method belongs to
  bool pointerReceiver = false;        // checker: declared with a `*T` receiver
};

struct File {
  std::string packageName;
  llvm::SMLoc packageLoc;
  std::vector<Import> imports;
  // Package-level declarations in source order.
  std::vector<std::unique_ptr<FuncDecl>> funcs;
  std::vector<StmtPtr> globals;  // VarDecl and ConstDecl
  std::vector<std::unique_ptr<TypeDecl>> types;
};

inline FuncLit::FuncLit() : Expr(Kind::FuncLit) {}
inline FuncLit::~FuncLit() = default;

}  // namespace minigo::ast
