// Parse tree (parse_tree.h) -> AST (ast.h). Internal to frontend/parse*.
//
// This is where the grammar's shortcuts are undone: binary expressions get Go's precedence,
// `a, b int` parameter entries are regrouped, grouped declarations are split, const groups are
// expanded (implicit repetition and iota), literals are decoded, and the statement forms the
// grammar parses loosely (`x, y` alone, `fallthrough` anywhere) are checked.
#pragma once

#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "frontend/parse_config.h"
#include "frontend/parse_tree.h"

#include <llvm/ADT/StringRef.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace minigo {

namespace pt = parse_tree;
namespace x3 = boost::spirit::x3;

// Decodes a Go string literal as written (quotes included): escapes of "..." strings, carriage
// returns dropped from `...` raw strings. Reports bad escapes at their position (`loc` is the
// literal's first character) and returns nothing then.
std::optional<std::string> decodeStringLiteral(llvm::StringRef text, llvm::SMLoc loc, Diagnostics &diags);
// The code point of a rune literal ('a', '\n', '\x41', '\u00e9'), reporting a malformed one.
std::optional<int32_t> decodeRuneLiteral(llvm::StringRef text, llvm::SMLoc loc, Diagnostics &diags);

class AstBuilder {
 public:
  // `positions` holds the ranges annotate_on_success recorded, as iterators into the prepared text
  // that starts at `preparedBegin`; they map to the same offsets of `source`.
  AstBuilder(const parser::error_handler_type &positions, llvm::StringRef source,
             parser::iterator_type preparedBegin, Diagnostics &diags)
      : positions_(positions), source_(source), preparedBegin_(preparedBegin), diags_(diags) {}

  std::unique_ptr<ast::File> file(const pt::SourceFile &tree);

 private:
  // ---- positions
  llvm::SMLoc loc(parser::iterator_type it) const;
  llvm::SMRange range(const x3::position_tagged &node) const;
  llvm::SMLoc start(const x3::position_tagged &node) const { return range(node).Start; }
  llvm::StringRef text(llvm::SMRange r) const;

  // ---- types and signatures (parse_to_ast_types.cpp)
  ast::TypeExprPtr type(const pt::Type &t);
  ast::InterfaceElemExpr interfaceElem(const pt::InterfaceElem &elem);
  void fieldsInto(const pt::FieldDecl &decl, std::vector<ast::FieldExpr> &out);
  ast::TypeExprPtr funcType(const std::vector<pt::ParamDecl> &params, const std::vector<pt::ParamDecl> &results,
                            llvm::SMRange r);
  ast::Signature signature(const std::vector<pt::ParamDecl> &params, const std::vector<pt::ParamDecl> &results);
  std::vector<ast::Param> paramList(const std::vector<pt::ParamDecl> &entries, bool *variadic);

  // ---- expressions (parse_to_ast_expr.cpp)
  ast::ExprPtr expr(const pt::Expression &e);
  std::vector<ast::ExprPtr> exprList(const std::vector<pt::Expression> &list);
  ast::ExprPtr binaryChain(std::vector<ast::ExprPtr> &operands, const std::vector<const pt::Token *> &ops,
                           size_t &next, int minPrecedence);
  ast::ExprPtr unary(const pt::UnaryExpr &u);
  ast::ExprPtr primary(const pt::PrimaryExpr &p);
  ast::ExprPtr operand(const pt::Operand &o);
  ast::ExprPtr funcLit(const pt::FuncLit &f);
  ast::TypeExprPtr literalTypeName(const ast::Expr &e, llvm::SMLoc brace);
  std::unique_ptr<ast::CompositeLit> compositeLit(ast::TypeExprPtr type, const pt::LiteralValue &value);
  ast::ExprPtr element(const pt::Element &e);

  // ---- statements (parse_to_ast_stmt.cpp); a null result means an error was reported
  std::unique_ptr<ast::FuncDecl> funcDecl(const pt::FuncDecl &f);
  bool hasDirective(llvm::SMLoc declStart, llvm::StringRef directive) const;
  std::unique_ptr<ast::Block> block(const pt::Block &b);
  void statementInto(const pt::Statement &s, std::vector<ast::StmtPtr> &out);
  void declInto(const pt::DeclStmt &d, std::vector<ast::StmtPtr> &out);
  std::vector<std::unique_ptr<ast::TypeDecl>> typeDecls(const pt::TypeDecl &d);
  ast::StmtPtr optionalSimpleStmt(const boost::optional<pt::SimpleStmt> &s);
  ast::StmtPtr convert(const pt::SimpleStmt &s);
  ast::StmtPtr convert(const pt::ReturnStmt &s);
  ast::StmtPtr convert(const pt::BranchStmt &s);
  void labeledInto(const pt::LabeledStmt &s, std::vector<ast::StmtPtr> &out);
  ast::StmtPtr convert(const pt::DeferStmt &s);
  // ---- go, send and select (parse_to_ast_comm.cpp)
  ast::StmtPtr convert(const pt::GoStmt &s);
  ast::StmtPtr convert(const pt::SelectStmt &s);
  ast::StmtPtr sendStmt(const pt::SimpleStmt &s);
  ast::StmtPtr convert(const pt::EmptyStmt &s);
  ast::StmtPtr convert(const pt::Block &s);
  ast::StmtPtr convert(const pt::IfStmt &s);
  ast::StmtPtr convert(const pt::ForStmt &s);
  std::unique_ptr<ast::RangeClause> rangeClause(const pt::RangeClause &r);
  ast::StmtPtr convert(const pt::SwitchStmt &s);
  ast::StmtPtr convert(const pt::TypeSwitchStmt &s);
  ast::StmtPtr convert(const pt::DeclStmt &s) = delete;  // may yield several: use declInto
  ast::StmtPtr convert(const pt::TypeDecl &s) = delete;  // likewise: use typeDecls
  // A case clause's statements; a final `fallthrough` sets `fallthrough` instead of becoming one.
  std::vector<ast::StmtPtr> caseBody(const std::vector<pt::Statement> &stmts, bool fallthroughAllowed,
                                     bool isLastClause, bool &fallthrough);

  const parser::error_handler_type &positions_;
  llvm::StringRef source_;
  parser::iterator_type preparedBegin_;
  Diagnostics &diags_;
};

// Calls `f` with the node a parse-tree variant holds, looking through x3::forward_ast.
template <typename F>
struct UnwrapForward {
  F f;
  template <typename T>
  decltype(auto) operator()(const x3::forward_ast<T> &node) const { return f(node.get()); }
  template <typename T>
  decltype(auto) operator()(const T &node) const { return f(node); }
};

template <typename Variant, typename F>
decltype(auto) visitNode(const Variant &v, F f) {
  return boost::apply_visitor(UnwrapForward<F>{f}, v.get());
}

// Several lambdas as one overloaded function object, for visitNode.
template <typename... Fs>
struct Overloaded : Fs... {
  using Fs::operator()...;
};
template <typename... Fs>
Overloaded(Fs...) -> Overloaded<Fs...>;

}  // namespace minigo
