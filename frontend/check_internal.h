// The checker's private state, shared by frontend/check*.cpp. See frontend/check.h for the
// entry point and frontend/ast.h for the fields the checker fills in.
#pragma once

#include "frontend/ast_package.h"
#include "frontend/ast_queries.h"
#include "frontend/check_scope.h"
#include "frontend/diagnostics.h"
#include "frontend/types.h"

#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace minigo {

// The conversions that involve slices (check_slice.cpp): string <-> []byte and []rune, a slice to
// an array or to a pointer to an array.
bool sliceConvertible(const Type *from, const Type *to);

// An exported name starts with an upper-case letter (Unicode class Lu).
bool isExported(const std::string &name);

// Is a value of the typed, non-interface type t assignable to target with no conversion (Go's
// assignability rules other than those for interfaces, nil and untyped constants)?
bool assignableAsIs(const Type *t, const Type *target);

// Of two untyped numeric constants' types, the one their combination has (int < rune < float < complex).
const Type *largerUntyped(const Type *a, const Type *b);

// One function body (a FuncDecl or a FuncLit) being checked.
struct FuncContext {
  ast::FunctionInfo *info = nullptr;
  FuncContext *outer = nullptr;  // the enclosing function of a literal
  bool isLiteral = false;
  int literalCount = 0;          // names the next nested literal
  int loopDepth = 0;             // `for` statements of this body around the current statement
  int switchDepth = 0;           // switch statements of this body around the current statement
  std::vector<ast::Object *> locals;  // every local variable declared in this body
  // Labels are the body's (not a nested literal's). `path` is the statement lists being checked
  // and the index in each, outermost first: a goto may only jump within or out of those lists.
  using StmtPath = std::vector<std::pair<const std::vector<ast::StmtPtr> *, size_t>>;
  StmtPath path;
  struct Label {
    ast::Labeled *stmt;
    StmtPath at;  // path to the labeled statement
    bool used = false;
  };
  std::map<std::string, Label> labels;
  std::vector<ast::Labeled *> enclosingLabels;  // labeled statements around the current one
  struct Jump {
    ast::Stmt *stmt;  // a Goto, or a Break or Continue with a label
    StmtPath at;
    bool valid;       // break/continue: the label is on an enclosing loop (switch)
  };
  std::vector<Jump> jumps;
};

class Checker {
 public:
  Checker(ast::Package &package, TypeContext &types, Diagnostics &diags);
  bool run();
  void declareLibraryMembers();
  void declareImports(ast::File &file);
  void reportUnusedImports();

  // ---- check.cpp: package level, universe, types
  void error(llvm::SMLoc loc, const std::string &message);
  void error(llvm::SMLoc loc, const std::string &message, llvm::SMLoc noteLoc, const std::string &note);
  ast::Object *newObject(ast::Object::Kind kind, const std::string &name, llvm::SMLoc loc,
                         const Type *type);
  void declare(ast::Object *object);  // into the current scope, reporting redeclarations
  void openScope();
  void closeScope();
  // Finds `name` from the current scope outwards; reports undefined/unsupported names.
  ast::Object *lookup(const std::string &name, llvm::SMLoc loc);
  // `pkg.Name`: the member of the imported package, or null after reporting why there is none.
  ast::Object *lookupQualified(const ast::Object *package, const std::string &name, llvm::SMLoc loc);
  // A selector `pkg.Name` becomes the identifier it is; false when `e` is no qualified identifier.
  bool rewriteQualifiedIdent(ast::ExprPtr &e);
  // What an identifier (maybe qualified) refers to, without reporting anything.
  ast::Object *findName(const ast::Ident &id) const;
  const Type *resolveType(ast::TypeExpr &type);
  const Type *signatureType(ast::Signature &sig);
  const Type *funcType(std::vector<const Type *> params, std::vector<const Type *> results, bool variadic);
  void ensureGlobalChecked(ast::Object *object);

  // ---- check_types.cpp: type expressions, type and method declarations, method sets
  const Type *resolveQualifiedType(ast::TypeExpr &type);
  const Type *fmtStringer();
  const Type *resolveInterface(ast::TypeExpr &type);
  ast::Object *declareTypeName(ast::TypeDecl &d);  // the object, not yet in a scope
  void resolveTypeDecl(ast::TypeDecl &d);
  bool checkMapKey(const ast::TypeExpr &map);  // false after reporting an incomparable key
  void checkPendingMapKeys();  // once no type declaration is being resolved
  std::vector<const ast::TypeExpr *> pendingMapKeys_;
  void checkTypeDecl(ast::TypeDecl &d);            // a local type declaration
  void ensureTypeResolved(ast::Object *typeName);
  const Type *typeNamed(ast::Object *typeName, llvm::SMLoc loc);
  void declareMethod(ast::FuncDecl &f);            // after its signature's types are resolvable
  const Method *missingMethod(const Type *t, const Type *iface) const;
  std::string missingMethodReason(const Type *t, const Type *iface) const;
  std::string whyNotImplements(const Type *t, const Type *iface) const;

  // ---- check_expr.cpp: expressions
  void checkExpr(ast::ExprPtr &e);
  // checkExpr plus requireSingle.
  bool checkSingle(ast::ExprPtr &e);
  // A tuple (multi-value call) or no-value call is an error here; false when `e` is not a value.
  bool requireSingle(ast::Expr &e);
  void checkIdent(ast::Ident &id);
  void checkSelector(ast::Selector &sel);
  // x.name in t: the selection, or nothing after reporting that an unexported field or method of
  // another package's type was named.
  std::optional<Selection> selectMember(const ast::Selector &sel, const Type *t);
  bool checkMethodExpression(ast::Selector &sel);
  void checkFuncLit(ast::FuncLit &lit);
  void checkTypeAssert(ast::TypeAssert &ta);
  void useVar(ast::Object *object, bool isRead);  // marks use and records captures
  const Type *invalid() const { return types_.invalid(); }

  // ---- check_struct.cpp: structs and pointers
  const Type *resolveStruct(ast::TypeExpr &type);
  bool selectField(ast::Selector &sel, const Selection &s);
  void reportNoFieldOrMethod(ast::Selector &sel, const Selection &s);
  void checkPointerOp(ast::Unary &u);
  void checkCompositeLit(ast::CompositeLit &lit);
  void checkLiteralOfType(ast::CompositeLit &lit, const Type *t);

  // ---- check_array.cpp: arrays and index expressions
  const Type *resolveArray(ast::TypeExpr &type);
  void checkArrayLit(ast::CompositeLit &lit, const Type *t);  // t null for [...]T
  // An element (or a map literal's key) of type elem; `context` names the literal for errors.
  bool checkElement(ast::ExprPtr &value, const Type *elem, const std::string &context);
  void checkIndex(ast::Index &index);
  // A constant index or array length: its value, or nothing after reporting why it is not one.
  std::optional<int64_t> constantIndex(ast::ExprPtr &e, const std::string &what);
  void checkNew(ast::Call &call);
  const Type *typeDenotedBy(const ast::Expr &e);

  // ---- check_slice.cpp: slice expressions, len, cap, make, append, copy
  void checkSliceExpr(ast::SliceExpr &e);
  bool checkIntArgument(ast::ExprPtr &e, std::optional<int64_t> &value);
  bool checkIndexType(const ast::Expr &e);  // check_array.cpp
  void checkLenCap(ast::Call &call, Builtin b);
  void checkMake(ast::Call &call);
  void checkAppend(ast::Call &call);
  void checkCopy(ast::Call &call);
  // ---- check_map.cpp: map types, literals, index expressions, delete, clear
  const Type *resolveMap(ast::TypeExpr &type);
  void checkMapLit(ast::CompositeLit &lit, const Type *t);
  void checkMapIndex(ast::Index &index);  // the base is a map
  void checkMapBuiltin(ast::Call &call, Builtin b);  // delete, clear
  bool reportFieldOfMapElement(const ast::Expr &target);

  // ---- check_complex.cpp: complex, real, imag (arguments checked, their count right)
  void checkComplexBuiltin(ast::Call &call, Builtin b);

  // ---- check_ops.cpp: unary, binary, comparison, shift
  void checkUnary(ast::Unary &u);
  void checkBinary(ast::Binary &b);

  // ---- check_call.cpp: calls
  void checkCall(ast::Call &call, bool asStatement);

  // ---- check_assign.cpp: implicit conversions and operand descriptions
  // Makes `e` (already checked) a value of type `target`: converts untyped constants, wraps
  // concrete values used as interfaces in ImplicitConv. `context` is "assignment" etc.
  bool assign(ast::ExprPtr &e, const Type *target, const std::string &context);
  // Gives an untyped expression its default type (nil is an error: `use of untyped nil in ...`).
  bool defaultize(ast::ExprPtr &e, const std::string &context);
  // Converts an untyped operand to `target` for an operator; reports "truncated"/"overflows".
  bool convertOperand(ast::Expr &e, const Type *target);
  // Sets the final type of an untyped expression tree and converts its constant.
  // A constant reached from a non-constant expression must be representable (`checkConstant`).
  void finalize(ast::Expr &e, const Type *target, bool checkConstant = true);
  void wrapInterface(ast::ExprPtr &e, const Type *iface);
  bool implements(const Type *t, const Type *iface) const;  // check_types.cpp
  std::string describe(const ast::Expr &e) const;
  std::string sourceText(const ast::Expr &e) const;

  // ---- check_const.cpp: constant values
  bool isConst(const ast::Expr &e) const;
  int64_t intOf(const ast::Expr &e) const;  // a constant representable as an int
  bool integralConst(const ast::Expr &e) const;  // a numeric constant whose value is an integer
  // Is the constant `y` a valid shift count (of a constant operand: at most gc's bound)?
  // Reports why not.
  bool checkShiftCount(ast::Expr &y, bool constantShift);
  std::string constString(const ast::Expr &e) const;  // Go's spelling of the value
  void checkIntLit(ast::IntLit &lit);
  void checkFloatLit(ast::FloatLit &lit);
  // Is the constant `e` representable in basic type `t`? `why` gets "truncated"/"overflows".
  bool representable(const ast::Expr &e, const Type *t, std::string &why) const;
  void convertConst(ast::Expr &e, const Type *t);  // after representable() said yes
  void foldUnary(ast::Unary &u);
  // Folds `b` with constant operands of the (untyped or typed) type `b.type`.
  void foldBinary(ast::Binary &b);

  // ---- check_stmt.cpp / check_decl.cpp: statements and declarations
  void checkBody(ast::Block &body);
  void checkStmts(std::vector<ast::StmtPtr> &stmts);
  void checkStmt(ast::Stmt &s);
  void checkVarDecl(ast::VarDecl &d, bool global);
  void checkConstDecl(ast::ConstDecl &d, bool global);
  void checkShortVarDecl(ast::ShortVarDecl &d);
  void checkAssign(ast::Assign &a);
  // Right-hand sides for n targets: either n single values or one multi-value expression.
  // Returns the types of the values (empty on error).
  struct Values {
    bool ok = false;
    bool multi = false;                // one multi-value expression (call or comma-ok assertion)
    std::vector<const Type *> types;   // multi: the element types
  };
  Values checkValues(std::vector<ast::ExprPtr> &values, size_t n, llvm::SMLoc loc);
  void checkFunctionBody(ast::FunctionInfo &info, ast::Signature &sig, ast::Block &body,
                         bool isLiteral);
  const Type *checkLvalue(ast::ExprPtr &e);  // an assignment target; nullptr for `_`
  void checkCondition(ast::ExprPtr &cond, const char *statement);
  void checkReturn(ast::Return &r);
  void checkDefer(ast::DeferStmt &d);
  // goroutines and channels (check_chan.cpp)
  const Type *resolveChan(ast::TypeExpr &type);
  void checkGo(ast::GoStmt &g);
  void checkSend(ast::SendStmt &s);
  void checkReceive(ast::Unary &u);
  void checkClose(ast::Call &call);
  void checkSelect(ast::SelectStmt &s);
  void checkIf(ast::If &s);
  void checkFor(ast::For &s);
  // check_range.cpp: range loops
  void checkRangeFor(ast::For &s);
  bool checkRangeExpression(ast::RangeClause &r);
  void checkIntegerRangeType(ast::RangeClause &r, const Type *target);
  void checkRangeAssignment(ast::RangeClause &r, bool rangeable);
  void declareRangeVariables(ast::For &s, bool rangeable);
  void checkSwitch(ast::Switch &s);
  void checkTypeSwitch(ast::TypeSwitch &s);
  void checkExprStmt(ast::ExprStmt &s);
  void checkIncDec(ast::IncDec &s);
  void checkCompoundAssign(ast::Assign &a);
  // Is the binary operator defined on operands of type `t`?
  static bool operatorDefined(ast::BinaryOp op, const Type *t);
  void reportUnused(FuncContext &fn);
  void checkLabeled(ast::Labeled &s);
  void checkBranch(ast::Stmt &s, const std::string &label);
  void checkJumps(FuncContext &fn);

  // ---- check_terminate.cpp
  // `label`: the label of the statement, which a `break` may name.
  bool isTerminating(const ast::Stmt *s, const std::string &label = "") const;

  ast::Package &pkg_;
  TypeContext &types_;
  Diagnostics &diags_;
  // An error, and the second part gc prints under some (`inner declaration of ...`), if any.
  struct Error {
    llvm::SMLoc loc;
    std::string message;
    llvm::SMLoc noteLoc;
    std::string note;
    bool operator==(const Error &) const = default;
  };
  std::vector<Error> errors_;  // sorted by position when printed

  std::deque<Scope> scopes_;
  Scope *universe_ = nullptr;
  Scope *package_ = nullptr;
  Scope *scope_ = nullptr;
  FuncContext *fn_ = nullptr;  // null at package level
  int globalLiteralCount_ = 0;  // function literals in package-level initializers
  std::optional<int64_t> iota_;  // inside a constant declaration
  std::unordered_set<ast::Object *> used_;            // variables read somewhere
  std::unordered_set<ast::Object *> usedImports_;
  std::vector<std::pair<ast::Object *, const ast::Import *>> imports_;  // of every file
  std::map<std::pair<const Scope *, const ast::Object *>, ast::Object *> dotImports_;  // member -> its import
  std::unordered_map<const ast::File *, Scope *> fileScopes_;
  std::unordered_map<const ast::FuncDecl *, Scope *> funcScope_;  // the file scope of each

  // Package-level declarations are checked on first use so that they may appear in any order.
  enum class DeclState { Unchecked, InProgress, Done };
  struct GlobalDecl {
    ast::Stmt *decl;
    size_t index;  // position among the package-level declarations
    Scope *fileScope;
    DeclState state = DeclState::Unchecked;
  };
  std::unordered_map<ast::Object *, GlobalDecl *> globalOf_;
  std::deque<GlobalDecl> globalDecls_;
  // Package-level vars and funcs referenced by each global initializer / function body, to
  // reject initialization orders that differ from source order.
  std::set<ast::Object *> *refs_ = nullptr;
  std::map<const void *, std::set<ast::Object *>> refsOf_;
  std::map<ast::Object *, ast::FuncDecl *> funcDeclOf_;
  std::unordered_map<ast::Object *, ast::TypeDecl *> typeDeclOf_;
  // The declaration of a method of a defined type, in this package or in one it imports.
  ast::FuncDecl *methodDecl(const Type *receiver, const std::string &name) const;
  std::unordered_map<ast::TypeDecl *, DeclState> typeDeclState_;
  std::unordered_map<ast::TypeDecl *, Scope *> typeDeclScope_;
  std::unordered_map<ast::TypeDecl *, int> typeDeclIndirection_;  // indirection_ when it started
  int indirection_ = 0;  // signatures (func types) around the type expression being resolved
  const Type *fmtStringer_ = nullptr;
  int localTypeCount_ = 0;  // types declared in functions so far
  void checkGlobalDecl(GlobalDecl &g);
  void checkInitOrder();
};

}  // namespace minigo
