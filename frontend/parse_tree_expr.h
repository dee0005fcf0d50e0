// The X3 parse tree, part one: lexical elements, types and expressions (parse_tree.h has the
// statements and declarations, and describes the tree).
#pragma once

#include <boost/fusion/include/adapt_struct.hpp>
#include <boost/optional.hpp>
#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>
#include <boost/spirit/home/x3/support/ast/variant.hpp>

#include <string>
#include <vector>

namespace minigo::parse_tree {

namespace x3 = boost::spirit::x3;

struct Identifier : x3::position_tagged {
  std::string name;
};

// An operator or keyword kept for its text and position (`+`, `+=`, `++`, `var`, `}`).
struct Token : x3::position_tagged {
  std::string text;
};

// ---- Types

struct FuncType;
struct InterfaceType;
struct PointerType;
struct StructType;
struct ArrayType;
struct MapType;
struct ParenType;

// `pkg.Name`, a type of another package (fmt.Stringer)
struct QualifiedIdent : x3::position_tagged {
  Identifier package;
  Identifier name;
};

struct ChanType;

struct Type : x3::variant<QualifiedIdent, Identifier, x3::forward_ast<FuncType>, x3::forward_ast<InterfaceType>,
                          x3::forward_ast<PointerType>, x3::forward_ast<StructType>, x3::forward_ast<ArrayType>,
                          x3::forward_ast<MapType>, x3::forward_ast<ChanType>, x3::forward_ast<ParenType>> {
  using base_type::base_type;
  using base_type::operator=;
};

// `(T)`: kept (not just T) because an embedded field's type must not be parenthesised.
struct ParenType : x3::position_tagged {
  Token open;  // a second member, as in InterfaceType
  Type inner;
};

// `*T`
struct PointerType : x3::position_tagged {
  Token star;  // a second member, as in InterfaceType
  Type elem;
};

// As written, quotes included: parse_literals.cpp decodes it.
struct StringLit : x3::position_tagged {
  std::string text;
};

// `a, b T "tag"`, or an embedded field `T`, `*T`, `pkg.T` (then `names` is empty; its type is
// parsed if parenthesised, and rejected then).
struct FieldDecl : x3::position_tagged {
  std::vector<Identifier> names;
  bool pointer = false;  // embedded `*T`
  Type type;
  boost::optional<StringLit> tag;
};

struct StructType : x3::position_tagged {
  Token keyword;  // a second member, as in InterfaceType
  std::vector<FieldDecl> fields;
};

struct Expression;

// `[N]T`, `[...]T` (ellipsis), or `[]T` (neither: a slice type).
struct ArrayType : x3::position_tagged {
  bool ellipsis = false;
  boost::optional<x3::forward_ast<Expression>> length;
  Type elem;
};

// `map[K]V`
struct MapType : x3::position_tagged {
  Type key;
  Type elem;
};

// `chan T`, `chan<- T` (send-only) or `<-chan T` (receive-only)
struct ChanType : x3::position_tagged {
  Token direction;  // `chan`, `chan<-` or `<-chan` as written (spaces between the tokens kept)
  Type elem;
};

// One entry of a parameter list: `a int`, `int`, `xs ...int`, or the `a` of `a, b int`
// (which the grammar cannot tell from a type name; parse_to_ast regroups the list).
struct ParamDecl : x3::position_tagged {
  boost::optional<Identifier> name;
  boost::optional<Token> variadic;  // the `...` of a final ...T
  Type type;
};

struct FuncType : x3::position_tagged {
  std::vector<ParamDecl> params;
  std::vector<ParamDecl> results;
};

// The signature of a method in an interface type.
struct MethodSignature : x3::position_tagged {
  std::vector<ParamDecl> params;
  std::vector<ParamDecl> results;
};

// One element of an interface type: a method `Name(params) results`, or an embedded interface
// `Name` or `pkg.Name` (then `name` is the package and `member` the name).
struct InterfaceElem : x3::position_tagged {
  Identifier name;
  boost::optional<Identifier> member;
  boost::optional<MethodSignature> signature;
};

struct InterfaceType : x3::position_tagged {
  Token keyword;  // a second member: X3 cannot fill a single-member struct from a sequence
  std::vector<InterfaceElem> elems;
};

// ---- Expressions

struct Expression;
struct ParenExpr;
struct FuncLit;
struct Block;

struct IntLit : x3::position_tagged {
  std::string text;
};

struct FloatLit : x3::position_tagged {
  std::string text;
};

struct CompositeLit;

// A type literal as the operand of a conversion: `interface{}(x)`, `func()(f)`.
struct TypeOperand : x3::position_tagged {
  Token start;  // a second member, as in InterfaceType
  Type type;
};

struct Operand : x3::variant<FloatLit, IntLit, StringLit, Identifier, x3::forward_ast<ParenExpr>,
                             x3::forward_ast<FuncLit>, x3::forward_ast<CompositeLit>, TypeOperand> {
  using base_type::base_type;
  using base_type::operator=;
};

// `(args)` after an operand
struct CallSuffix;

// `.(T)` after an operand
struct TypeAssertSuffix : x3::position_tagged {
  Type type;
};

// `[i]` after an operand
struct IndexSuffix : x3::position_tagged {
  Token open;  // a second member, as in InterfaceType
  x3::forward_ast<Expression> index;
};

// `[lo:hi]` or `[lo:hi:max]` after an operand (any index may be missing here: the checker says
// which ones a 3-index slice needs)
// A 3-index slice's second colon and its max index.
struct ThirdIndex : x3::position_tagged {
  Token colon;
  boost::optional<x3::forward_ast<Expression>> max;
};

struct SliceSuffix : x3::position_tagged {
  Token open;
  boost::optional<x3::forward_ast<Expression>> low;
  boost::optional<x3::forward_ast<Expression>> high;
  boost::optional<ThirdIndex> third;
};

struct LiteralValue;

// A call, a selector `.name` (the Identifier), a type assertion, or the literal value of a
// composite literal whose type is the operand so far (`T{...}`, `pkg.T{...}`).
struct Suffix : x3::variant<x3::forward_ast<CallSuffix>, Identifier, TypeAssertSuffix, x3::forward_ast<LiteralValue>,
                            IndexSuffix, SliceSuffix> {
  using base_type::base_type;
  using base_type::operator=;
};

struct PrimaryExpr : x3::position_tagged {
  Operand operand;
  std::vector<Suffix> suffixes;
};

struct UnaryExpr : x3::position_tagged {
  std::vector<Token> ops;  // prefix operators, outermost first
  PrimaryExpr operand;
};

struct BinaryTail {
  Token op;
  UnaryExpr rhs;
};

// `first op rhs op rhs ...` without precedence.
struct Expression : x3::position_tagged {
  UnaryExpr first;
  std::vector<BinaryTail> rest;
};

struct ParenExpr : x3::position_tagged {
  Expression inner;
};

struct CallSuffix : x3::position_tagged {
  std::vector<Expression> args;
  bool ellipsis = false;
};

// Element = Expression | LiteralValue .
struct Element : x3::variant<x3::forward_ast<Expression>, x3::forward_ast<LiteralValue>> {
  using base_type::base_type;
  using base_type::operator=;
};

// KeyedElement = [ Key ":" ] Element .   (a Key is parsed as an Element)
struct KeyedElement : x3::position_tagged {
  boost::optional<Element> key;
  Element value;
};

// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
struct LiteralValue : x3::position_tagged {
  std::vector<KeyedElement> elems;
  Token rbrace;  // a second member, as in InterfaceType
};

// A composite literal of a type literal: `struct{ a int }{1}`.
struct CompositeLit : x3::position_tagged {
  Type type;
  LiteralValue value;
};

struct FuncLit : x3::position_tagged {
  std::vector<ParamDecl> params;
  std::vector<ParamDecl> results;
  x3::forward_ast<Block> body;
};

}  // namespace minigo::parse_tree

BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::Identifier, name)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::Token, text)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::QualifiedIdent, package, name)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::MethodSignature, params, results)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::InterfaceElem, name, member, signature)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::InterfaceType, keyword, elems)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::ParamDecl, name, variadic, type)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::FuncType, params, results)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::PointerType, star, elem)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::ParenType, open, inner)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::FieldDecl, names, pointer, type, tag)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::StructType, keyword, fields)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::ArrayType, ellipsis, length, elem)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::MapType, key, elem)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::ChanType, direction, elem)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::IndexSuffix, open, index)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::ThirdIndex, colon, max)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::SliceSuffix, open, low, high, third)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::KeyedElement, key, value)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::LiteralValue, elems, rbrace)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::CompositeLit, type, value)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::TypeOperand, start, type)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::IntLit, text)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::FloatLit, text)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::StringLit, text)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::TypeAssertSuffix, type)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::PrimaryExpr, operand, suffixes)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::UnaryExpr, ops, operand)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::BinaryTail, op, rhs)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::Expression, first, rest)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::ParenExpr, inner)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::CallSuffix, args, ellipsis)
BOOST_FUSION_ADAPT_STRUCT(minigo::parse_tree::FuncLit, params, results, body)
