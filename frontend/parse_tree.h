// The X3 parse tree: the attribute types of the grammar in parse_grammar_rules.h (its lexical
// elements, types and expressions are in parse_tree_expr.h).
//
// Internal to the parser. It mirrors the grammar, not the language: binary expressions are flat
// lists, `a, b int` is two separate parameter entries, const groups are not expanded yet.
// parse_to_ast*.cpp turns it into the ast::File the rest of the compiler sees. Every struct that
// derives from x3::position_tagged gets its source range from x3::annotate_on_success.
#pragma once

#include "frontend/parse_tree_expr.h"

namespace minigo::parse_tree {

// ---- Statements

struct Statement;
struct IfStmt;
struct ForStmt;
struct SwitchStmt;
struct TypeSwitchStmt;

struct Block : x3::position_tagged {
  std::vector<Statement> stmts;
  Token rbrace;
};

// `:=`, `=`, `op=` with its right side, or `++`/`--` with an empty one.
struct SimpleTail {
  Token op;
  std::vector<Expression> rhs;
};

// An expression statement, assignment, short variable declaration or inc/dec statement.
struct SimpleStmt : x3::position_tagged {
  std::vector<Expression> lhs;
  boost::optional<SimpleTail> tail;
};

// One `names [type] [= values]` of a var or const declaration.
struct VarSpec : x3::position_tagged {
  std::vector<Identifier> names;
  boost::optional<Type> type;
  std::vector<Expression> values;
};

// `var ...` or `const ...`, single or grouped.
struct DeclStmt : x3::position_tagged {
  Token keyword;
  std::vector<VarSpec> specs;
};

// `type Name T` or `type Name = T` (alias).
struct TypeSpec : x3::position_tagged {
  Identifier name;
  bool alias = false;
  Type type;
};

// `type ...`, single or grouped.
struct TypeDecl : x3::position_tagged {
  Token keyword;  // a second member, as in InterfaceType
  std::vector<TypeSpec> specs;
};

struct ReturnStmt : x3::position_tagged {
  std::vector<Expression> values;
};

// break, continue, goto or fallthrough, with its label if any
struct BranchStmt : x3::position_tagged {
  std::string keyword;
  boost::optional<Identifier> label;
};

struct LabeledStmt;

struct DeferStmt : x3::position_tagged {
  Expression call;
};

struct GoStmt : x3::position_tagged {
  Expression call;
};

struct SelectStmt;

struct EmptyStmt : x3::position_tagged {};

struct Statement
    : x3::variant<SimpleStmt, DeclStmt, TypeDecl, ReturnStmt, BranchStmt, DeferStmt, GoStmt, EmptyStmt,
                  x3::forward_ast<LabeledStmt>, x3::forward_ast<Block>, x3::forward_ast<IfStmt>,
                  x3::forward_ast<ForStmt>, x3::forward_ast<SwitchStmt>, x3::forward_ast<TypeSwitchStmt>,
                  x3::forward_ast<SelectStmt>> {
  using base_type::base_type;
  using base_type::operator=;
};

// `L: statement`; the statement is an EmptyStmt when the label ends a block.
struct LabeledStmt : x3::position_tagged {
  Identifier label;
  Statement stmt;
};

struct ElseBranch : x3::variant<x3::forward_ast<IfStmt>, x3::forward_ast<Block>> {
  using base_type::base_type;
  using base_type::operator=;
};

struct IfStmt : x3::position_tagged {
  boost::optional<SimpleStmt> init;
  Expression cond;
  Block then;
  boost::optional<ElseBranch> otherwise;
};

struct ForClause : x3::position_tagged {
  boost::optional<SimpleStmt> init;
  boost::optional<Expression> cond;
  boost::optional<SimpleStmt> post;
};

// The `k, v :=` or `k, v =` before `range` (the lhs may hold any expressions: parse_to_ast checks
// that `:=` has identifiers).
struct RangeTargets {
  std::vector<Expression> lhs;
  Token op;
};

// `[targets] range x`
struct RangeClause : x3::position_tagged {
  boost::optional<RangeTargets> targets;
  Token keyword;
  Expression x;
};

// `for init; cond; post {}` fills `clause`; `for k, v := range x {}` fills `rangeClause`;
// `for cond {}` fills `cond`; `for {}` none of them.
struct ForStmt : x3::position_tagged {
  boost::optional<RangeClause> rangeClause;
  boost::optional<ForClause> clause;
  boost::optional<Expression> cond;
  Block body;
};

// `case a, b:` or `default:` (empty exprs: a `case` needs at least one)
struct CaseClause : x3::position_tagged {
  std::vector<Expression> exprs;
  std::vector<Statement> body;
};

// `case c <- v:`, `case v, ok := <-c:`, `case <-c:` (a simple statement: parse_to_ast checks that it
// is a send or a receive) or `default:` (comm has no lhs).
struct CommClause : x3::position_tagged {
  SimpleStmt comm;
  std::vector<Statement> body;
};

struct SelectStmt : x3::position_tagged {
  std::vector<CommClause> clauses;
};

struct SwitchStmt : x3::position_tagged {
  boost::optional<SimpleStmt> init;
  boost::optional<Expression> tag;
  std::vector<CaseClause> clauses;
};

// `case int, nil:` or `default:` (empty types); `nil` is the Identifier "nil".
struct TypeCaseClause : x3::position_tagged {
  std::vector<Type> types;
  std::vector<Statement> body;
};

struct TypeSwitchStmt : x3::position_tagged {
  boost::optional<SimpleStmt> init;
  boost::optional<Identifier> binding;
  PrimaryExpr subject;
  std::vector<TypeCaseClause> clauses;
};

// ---- Top level

// A function, or a method when it has a receiver.
struct FuncDecl : x3::position_tagged {
  boost::optional<std::vector<ParamDecl>> receiver;
  Identifier name;
  std::vector<ParamDecl> params;
  std::vector<ParamDecl> results;
  boost::optional<Block> body;  // none: implemented outside Go (the runtime, for the standard library)
};

struct TopLevelDecl : x3::variant<FuncDecl, DeclStmt, TypeDecl> {
  using base_type::base_type;
  using base_type::operator=;
};

// ImportSpec = [ "." | PackageName ] ImportPath .
struct ImportSpec : x3::position_tagged {
  boost::optional<Token> name;  // the PackageName or "."
  StringLit path;
};

struct SourceFile {
  Identifier packageName;
  std::vector<std::vector<ImportSpec>> imports;  // one list per import declaration
  std::vector<TopLevelDecl> decls;
};

}  // namespace minigo::parse_tree

BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::Block, stmts, rbrace)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::SimpleTail, op, rhs)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::SimpleStmt, lhs, tail)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::VarSpec, names, type, values)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::DeclStmt, keyword, specs)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::TypeSpec, name, alias, type)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::TypeDecl, keyword, specs)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::ReturnStmt, values)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::BranchStmt, keyword, label)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::LabeledStmt, label, stmt)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::DeferStmt, call)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::GoStmt, call)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::CommClause, comm, body)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::SelectStmt, clauses)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::IfStmt, init, cond, then, otherwise)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::ForClause, init, cond, post)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::RangeTargets, lhs, op)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::RangeClause, targets, keyword, x)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::ForStmt, rangeClause, clause, cond, body)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::CaseClause, exprs, body)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::SwitchStmt, init, tag, clauses)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::TypeCaseClause, types, body)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::TypeSwitchStmt, init, binding, subject, clauses)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::FuncDecl, receiver, name, params, results, body)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::ImportSpec, name, path)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::SourceFile, packageName, imports, decls)
