// The rules of the Go grammar (Spirit X3) for the subset minigo accepts. Each rule is commented
// with the Go spec production it implements. No semantic actions: the rules only build the parse
// tree of parse_tree.h, and annotate_on_success records every node's source range.
//
// The input is the prepared source (parse_lexical.h): comments are blanked and Go's automatic
// semicolons are already in the text, so `;` in the rules also matches an end of line.
//
// Two units define the rules, each compiled alone: parse_grammar_expr.cpp the lexical elements,
// types and expressions, parse_grammar.cpp the statements and declarations. Each instantiates
// the rules the other one uses, declared at the end of this file.
#pragma once

#include "frontend/parse_grammar.h"

#include <boost/spirit/home/x3.hpp>
#include <boost/spirit/home/x3/support/utility/annotate_on_success.hpp>

namespace minigo::parser {

namespace x3 = boost::spirit::x3;
namespace pt = parse_tree;

using x3::alnum;
using x3::alpha;
using x3::attr;
using x3::char_;
using x3::digit;
using x3::lexeme;
using x3::lit;
using x3::matches;
using x3::raw;
using x3::repeat;
using x3::xdigit;

// Every rule records its node's source range (a no-op for attributes that are not position_tagged).
#define MINIGO_RULE(name, attribute)                       \
  struct name##_class : x3::annotate_on_success {};      \
  using name##_type = x3::rule<name##_class, attribute>;  \
  name##_type const name = #name;

MINIGO_RULE(identifier, pt::Identifier)
MINIGO_RULE(int_lit, pt::IntLit)
MINIGO_RULE(float_lit, pt::FloatLit)
MINIGO_RULE(imaginary_lit, pt::FloatLit)
MINIGO_RULE(rune_lit, pt::IntLit)
MINIGO_RULE(string_lit, pt::StringLit)
MINIGO_RULE(type_, pt::Type)
MINIGO_RULE(qualified_ident, pt::QualifiedIdent)
MINIGO_RULE(interface_keyword, pt::Token)
MINIGO_RULE(interface_type, pt::InterfaceType)
MINIGO_RULE(interface_elem, pt::InterfaceElem)
MINIGO_RULE(method_signature, pt::MethodSignature)
MINIGO_RULE(func_type, pt::FuncType)
MINIGO_RULE(pointer_type, pt::PointerType)
MINIGO_RULE(array_type, pt::ArrayType)
MINIGO_RULE(map_type, pt::MapType)
MINIGO_RULE(chan_direction, pt::Token)
MINIGO_RULE(chan_type, pt::ChanType)
MINIGO_RULE(paren_type, pt::ParenType)
MINIGO_RULE(lparen, pt::Token)
MINIGO_RULE(index_suffix, pt::IndexSuffix)
MINIGO_RULE(slice_suffix, pt::SliceSuffix)
MINIGO_RULE(third_index, pt::ThirdIndex)
MINIGO_RULE(colon, pt::Token)
MINIGO_RULE(lbracket, pt::Token)
MINIGO_RULE(star, pt::Token)
MINIGO_RULE(ellipsis, pt::Token)
MINIGO_RULE(struct_keyword, pt::Token)
MINIGO_RULE(struct_type, pt::StructType)
MINIGO_RULE(field_decl, pt::FieldDecl)
MINIGO_RULE(type_name, pt::Type)
MINIGO_RULE(literal_value, pt::LiteralValue)
MINIGO_RULE(keyed_element, pt::KeyedElement)
MINIGO_RULE(element, pt::Element)
MINIGO_RULE(composite_lit, pt::CompositeLit)
MINIGO_RULE(type_operand_start, pt::Token)
MINIGO_RULE(type_operand, pt::TypeOperand)
MINIGO_RULE(param_decl, pt::ParamDecl)
MINIGO_RULE(unnamed_result, pt::ParamDecl)
MINIGO_RULE(parameters, std::vector<pt::ParamDecl>)
MINIGO_RULE(results, std::vector<pt::ParamDecl>)
MINIGO_RULE(operand, pt::Operand)
MINIGO_RULE(paren_expr, pt::ParenExpr)
MINIGO_RULE(func_lit, pt::FuncLit)
MINIGO_RULE(call_suffix, pt::CallSuffix)
MINIGO_RULE(type_assert_suffix, pt::TypeAssertSuffix)
MINIGO_RULE(primary_expr, pt::PrimaryExpr)
MINIGO_RULE(unary_op, pt::Token)
MINIGO_RULE(unary_expr, pt::UnaryExpr)
MINIGO_RULE(binary_op, pt::Token)
MINIGO_RULE(binary_tail, pt::BinaryTail)
MINIGO_RULE(expression, pt::Expression)
MINIGO_RULE(expression_list, std::vector<pt::Expression>)
MINIGO_RULE(assign_op, pt::Token)
MINIGO_RULE(incdec_op, pt::Token)
MINIGO_RULE(simple_tail, pt::SimpleTail)
MINIGO_RULE(simple_stmt, pt::SimpleStmt)
// The same rules in the header of an if, for or switch statement, where `T{` would be read as
// the start of the block: there a composite literal of a type name must be parenthesised.
MINIGO_RULE(header_primary_expr, pt::PrimaryExpr)
MINIGO_RULE(header_unary_expr, pt::UnaryExpr)
MINIGO_RULE(header_binary_tail, pt::BinaryTail)
MINIGO_RULE(header_expression, pt::Expression)
MINIGO_RULE(header_expression_list, std::vector<pt::Expression>)
MINIGO_RULE(header_simple_tail, pt::SimpleTail)
MINIGO_RULE(header_simple_stmt, pt::SimpleStmt)
MINIGO_RULE(decl_keyword, pt::Token)
MINIGO_RULE(var_spec, pt::VarSpec)
MINIGO_RULE(decl_stmt, pt::DeclStmt)
MINIGO_RULE(type_spec, pt::TypeSpec)
MINIGO_RULE(type_keyword, pt::Token)
MINIGO_RULE(type_decl, pt::TypeDecl)
MINIGO_RULE(return_stmt, pt::ReturnStmt)
MINIGO_RULE(branch_stmt, pt::BranchStmt)
MINIGO_RULE(branch_keyword, std::string)
MINIGO_RULE(labeled_stmt, pt::LabeledStmt)
MINIGO_RULE(label_end, pt::EmptyStmt)
MINIGO_RULE(defer_stmt, pt::DeferStmt)
MINIGO_RULE(go_stmt, pt::GoStmt)
MINIGO_RULE(select_stmt, pt::SelectStmt)
MINIGO_RULE(comm_clause, pt::CommClause)
MINIGO_RULE(comm_header, pt::SimpleStmt)
MINIGO_RULE(empty_stmt, pt::EmptyStmt)
MINIGO_RULE(rbrace, pt::Token)
MINIGO_RULE(block, pt::Block)
MINIGO_RULE(statement_list, std::vector<pt::Statement>)
MINIGO_RULE(statement, pt::Statement)
MINIGO_RULE(if_stmt, pt::IfStmt)
MINIGO_RULE(for_clause, pt::ForClause)
MINIGO_RULE(range_targets, pt::RangeTargets)
MINIGO_RULE(range_define_op, pt::Token)
MINIGO_RULE(range_keyword, pt::Token)
MINIGO_RULE(range_clause, pt::RangeClause)
MINIGO_RULE(for_stmt, pt::ForStmt)
MINIGO_RULE(case_header, std::vector<pt::Expression>)
MINIGO_RULE(case_clause, pt::CaseClause)
MINIGO_RULE(switch_stmt, pt::SwitchStmt)
MINIGO_RULE(type_case_header, std::vector<pt::Type>)
MINIGO_RULE(type_case_clause, pt::TypeCaseClause)
MINIGO_RULE(type_switch_stmt, pt::TypeSwitchStmt)
MINIGO_RULE(func_decl, pt::FuncDecl)
MINIGO_RULE(top_level_decl, pt::TopLevelDecl)
MINIGO_RULE(import_name, pt::Token)
MINIGO_RULE(import_spec, pt::ImportSpec)
MINIGO_RULE(import_decl, std::vector<pt::ImportSpec>)

#undef MINIGO_RULE

// Not annotated: annotating a variant re-tags the node it holds, and the selector's Identifier
// must keep its own range (the name), not the suffix's (the dot and the name).
struct suffix_class {};
x3::rule<suffix_class, pt::Suffix> const suffix = "suffix";
struct header_suffix_class {};
x3::rule<header_suffix_class, pt::Suffix> const header_suffix = "header_suffix";

struct source_file_class {};
source_file_type const source_file = "source_file";

// ---- Lexical elements both units use

// A byte of a non-ASCII character. Outside literals, the pre-pass lets only the Unicode letters
// and digits of identifiers through (parse_lexical.h), so such a byte is part of an identifier.
// It is tested before alnum and alpha, which take only ASCII characters.
auto const utf8_byte = char_('\x80', '\xff');
auto const word_char = utf8_byte | alnum | '_';

// A keyword is a whole word: `format` is an identifier, not `for` followed by `mat`.
auto const word_end = !word_char;
auto const kw = [](char const *word) { return lexeme[lit(word) >> word_end]; };

// Defined in parse_grammar_expr.cpp, used by the statements.
BOOST_SPIRIT_DECLARE(expression_type, expression_list_type, header_expression_type,
                     header_expression_list_type, header_primary_expr_type, identifier_type,
                     parameters_type, rbrace_type, results_type, string_lit_type, type__type)
// Defined in parse_grammar.cpp, used by function literals.
BOOST_SPIRIT_DECLARE(block_type)

}  // namespace minigo::parser
