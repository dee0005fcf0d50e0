// The Go grammar (Spirit X3 rules) for the subset minigo accepts. Each rule is commented with the
// Go spec production it implements. No semantic actions: the rules only build the parse tree of
// parse_tree.h, and annotate_on_success records every node's source range.
//
// The input is the prepared source (parse_lexical.h): comments are blanked and Go's automatic
// semicolons are already in the text, so `;` below also matches an end of line.
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
  x3::rule<name##_class, attribute> const name = #name;

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

// ---- Lexical elements

// A byte of a non-ASCII character. Outside literals, the pre-pass lets only the Unicode letters
// and digits of identifiers through (parse_lexical.h), so such a byte is part of an identifier.
// It is tested before alnum and alpha, which take only ASCII characters.
auto const utf8_byte = char_('\x80', '\xff');
auto const word_char = utf8_byte | alnum | '_';

// A keyword is a whole word: `format` is an identifier, not `for` followed by `mat`.
auto const word_end = !word_char;
auto const kw = [](char const *word) { return lexeme[lit(word) >> word_end]; };
auto const keyword =
    lexeme[(lit("break") | "case" | "chan" | "const" | "continue" | "default" | "defer" | "else" |
            "fallthrough" | "for" | "func" | "goto" | "go" | "if" | "import" | "interface" | "map" |
            "package" | "range" | "return" | "select" | "struct" | "switch" | "type" | "var") >>
           word_end];

// identifier = letter { letter | unicode_digit } .   letter = unicode_letter | "_" .
// (a Unicode digit cannot start one: the pre-pass reports it)
auto const identifier_def = !keyword >> raw[lexeme[(utf8_byte | alpha | '_') >> *word_char]];

// decimals = decimal_digit { [ "_" ] decimal_digit } .
auto const decimals = digit >> *(-lit('_') >> digit);
// decimal_exponent = ( "e" | "E" ) [ "+" | "-" ] decimals .
auto const exponent = (lit('e') | 'E') >> -(lit('+') | '-') >> decimals;

// int_lit = decimal_lit | binary_lit | octal_lit | hex_lit .   (the checker reads the text)
auto const int_body = (lit('0') >> (lit('x') | 'X') >> +(xdigit | '_')) |
                      (lit('0') >> (lit('b') | 'B') >> +(char_('0') | '1' | '_')) |
                      (lit('0') >> (lit('o') | 'O') >> +(char_("0-7") | '_')) | (digit >> *(digit | '_'));
auto const int_lit_def = raw[lexeme[int_body >> word_end]];

// decimal_float_lit = decimals "." [ decimals ] [ decimal_exponent ] | decimals decimal_exponent
//                   | "." decimals [ decimal_exponent ] .
auto const decimal_float =
    (decimals >> '.' >> -decimals >> -exponent) | (decimals >> exponent) | ('.' >> decimals >> -exponent);
// hex_float_lit = "0" ( "x" | "X" ) hex_mantissa hex_exponent .
// hex_mantissa = [ "_" ] hex_digits "." [ hex_digits ] | [ "_" ] hex_digits | "." hex_digits .
// hex_exponent = ( "p" | "P" ) [ "+" | "-" ] decimals .
auto const hex_digits = xdigit >> *(-lit('_') >> xdigit);
auto const hex_float = lit('0') >> (lit('x') | 'X') >>
                       ((-lit('_') >> hex_digits >> -('.' >> -hex_digits)) | ('.' >> hex_digits)) >>
                       (lit('p') | 'P') >> -(lit('+') | '-') >> decimals;
// float_lit = decimal_float_lit | hex_float_lit .
auto const float_lit_def = raw[lexeme[(hex_float | decimal_float) >> word_end]];

// imaginary_lit = (decimal_digits | int_lit | float_lit) "i" .   (a FloatLit whose text ends in i)
auto const imaginary_lit_def = raw[lexeme[(hex_float | decimal_float | int_body) >> 'i' >> word_end]];

// rune_lit = "'" ( unicode_value | byte_value ) "'" .   (an IntLit whose text starts with ';
// the lexical pre-pass has checked that it ends)
auto const rune_lit_def = raw[lexeme[lit('\'') >> *((lit('\\') >> char_) | ~char_("'\\")) >> '\'']];

// string_lit = raw_string_lit | interpreted_string_lit .
auto const string_lit_def =
    raw[lexeme[(lit('"') >> *((lit('\\') >> char_) | ~char_("\"\\\n")) >> '"') |
               (lit('`') >> *~char_('`') >> '`')]];

// ---- Types

// Type = TypeName | TypeLit | "(" Type ")" .   TypeName = identifier | QualifiedIdent .
// TypeLit = ArrayType | StructType | PointerType | FunctionType | InterfaceType | SliceType |
//           MapType .
auto const type__def = qualified_ident | identifier | func_type | interface_type | pointer_type | struct_type |
                       array_type | map_type | paren_type;
auto const lparen_def = raw[lit('(')];
auto const paren_type_def = lparen >> type_ >> ')';

// ArrayType = "[" ArrayLength "]" ElementType .   ArrayLength = Expression .
// SliceType = "[" "]" ElementType .   (`[...]T` is the type of an array composite literal)
auto const array_type_def = '[' >> matches[lit("...")] >> -expression >> ']' >> type_;
auto const type_name_def = qualified_ident | identifier;

// MapType = "map" "[" KeyType "]" ElementType .   KeyType = Type .
auto const map_type_def = kw("map") >> '[' >> type_ >> ']' >> type_;

// PointerType = "*" BaseType .   BaseType = Type .
auto const star_def = raw[lit('*')];
auto const pointer_type_def = star >> type_;

// StructType = "struct" "{" { FieldDecl ";" } "}" .
// FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] .   EmbeddedField = [ "*" ] TypeName .
// Tag = string_lit .
auto const struct_keyword_def = raw[kw("struct")];
auto const struct_type_def = struct_keyword >> '{' >> *(field_decl >> (';' | &lit('}'))) >> '}';
// (an embedded `(T)` or `*(T)` is parsed to be reported: gc's "cannot parenthesize embedded type")
auto const field_decl_def =
    ((identifier % ',') >> attr(false) >> type_ >> -string_lit) |
    (attr(std::vector<pt::Identifier>()) >> matches[lit('*')] >> (type_name | paren_type) >> -string_lit);

// QualifiedIdent = PackageName "." identifier .
auto const qualified_ident_def = identifier >> '.' >> identifier;

// InterfaceType = "interface" "{" { InterfaceElem ";" } "}" .
// InterfaceElem = MethodElem | TypeName .   MethodElem = MethodName Signature .   (no type sets)
auto const interface_keyword_def = raw[kw("interface")];
auto const interface_type_def = interface_keyword >> '{' >> *(interface_elem >> (';' | &lit('}'))) >> '}';
auto const interface_elem_def = identifier >> -('.' >> identifier) >> -method_signature;
auto const method_signature_def = parameters >> results;

// FunctionType = "func" Signature .   Signature = Parameters [ Result ] .
auto const func_type_def = kw("func") >> parameters >> results;

// Parameters = "(" [ ParameterList [ "," ] ] ")" .   ParameterList = ParameterDecl { "," ParameterDecl } .
auto const parameters_def = '(' >> -(param_decl % ',') >> -lit(',') >> ')';

// ParameterDecl = [ IdentifierList ] [ "..." ] Type .
// One name at most: in `a, b int` the `a` is parsed as an unnamed entry of type `a`.
// A name is followed by its type: not by `,` or `)`, nor by the `.` of a qualified type name.
auto const param_decl_def =
    -(identifier >> !(lit(',') | ')' | (lit('.') >> !lit('.')))) >> -ellipsis >> type_;
auto const ellipsis_def = raw[lit("...")];

// Result = Parameters | Type .   (empty when there is none)
auto const results_def = parameters | repeat(1)[unnamed_result] | attr(std::vector<pt::ParamDecl>());
auto const unnamed_result_def = attr(boost::optional<pt::Identifier>()) >> attr(boost::optional<pt::Token>()) >> type_;

// ---- Expressions

// Operand = Literal | OperandName | FunctionLit | "(" Expression ")" .
// Literal = BasicLit | CompositeLit | FunctionLit .   (a composite literal of a type name is
// parsed as a LiteralValue suffix of the name, see primary_expr)
auto const operand_def =
    imaginary_lit | float_lit | int_lit | rune_lit | string_lit | func_lit | composite_lit | type_operand | paren_expr | identifier;

// Conversion = Type "(" Expression [ "," ] ")" .   (here the operand is a type literal, maybe in
// parentheses: `([2]int)(a)`; a conversion to a type name is a call of the name, told apart by
// the checker; a type literal before `,` is make's first argument: `make([]int, n)`,
// `make(map[K]V, n)`)
auto const type_operand_start_def = raw[&(kw("interface") | kw("func") | kw("struct") | kw("map") | lit('['))];
auto const type_operand_def =
    type_operand_start >> (interface_type | func_type | struct_type | array_type | map_type) >> &(lit('(') | ')' | ',');

// CompositeLit = LiteralType LiteralValue .
// LiteralType = StructType | ArrayType | "[" "..." "]" ElementType | SliceType | MapType | TypeName .
auto const composite_lit_def = (struct_type | array_type | map_type) >> literal_value;
// LiteralValue = "{" [ ElementList [ "," ] ] "}" .   ElementList = KeyedElement { "," KeyedElement } .
auto const literal_value_def = '{' >> -(keyed_element % ',') >> -lit(',') >> rbrace;
// KeyedElement = [ Key ":" ] Element .   Key = FieldName | Expression | LiteralValue .
auto const keyed_element_def = -(element >> ':') >> element;
// Element = Expression | LiteralValue .
auto const element_def = literal_value | expression;
auto const paren_expr_def = '(' >> expression >> ')';

// FunctionLit = "func" Signature FunctionBody .
auto const func_lit_def = kw("func") >> parameters >> results >> block;

// Arguments = "(" [ ExpressionList [ "..." ] [ "," ] ] ")" .   (`...` needs an argument before it)
auto const call_suffix_def = '(' >> !lit("...") >> -expression_list >> matches[lit("...")] >> -lit(',') >> ')';

// TypeAssertion = "." "(" Type ")" .
auto const type_assert_suffix_def = lit('.') >> '(' >> type_ >> ')';

// PrimaryExpr = Operand { Selector | Index | TypeAssertion | Arguments } .   Selector = "." identifier .
// Index = "[" Expression "]" .
auto const lbracket_def = raw[lit('[')];
auto const index_suffix_def = lbracket >> expression >> ']';
// Slice = "[" [ Expression ] ":" [ Expression ] "]" |
//         "[" [ Expression ] ":" Expression ":" Expression "]" .
// (the indices a 3-index slice requires are checked after parsing, with gc's messages)
auto const colon_def = raw[lit(':')];
auto const slice_suffix_def = lbracket >> -expression >> ':' >> -expression >> -third_index >> ']';
auto const third_index_def = colon >> -expression;
auto const header_suffix_def = call_suffix | (lit('.') >> identifier) | type_assert_suffix | index_suffix | slice_suffix;
auto const suffix_def = header_suffix | literal_value;
auto const primary_expr_def = operand >> *suffix;
auto const header_primary_expr_def = operand >> *header_suffix;

// unary_op = "+" | "-" | "!" | "^" | "*" | "&" .   (`++`, `--`, `&&`, `&^` and `<-` are other tokens)
auto const unary_op_def = raw[lexeme[(lit('-') >> !lit('-')) | (lit('+') >> !lit('+')) | '!' | '^' | '*' |
                                     (lit('&') >> !(lit('&') | '^'))]];

// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
auto const unary_expr_def = *unary_op >> primary_expr;
auto const header_unary_expr_def = *unary_op >> header_primary_expr;

// binary_op = "||" | "&&" | rel_op | add_op | mul_op .   (longest tokens first)
auto const binary_op_def =
    raw[lexeme[lit("||") | "&&" | "==" | "!=" | "<=" | ">=" | "<<" | ">>" | "&^" | (lit('<') >> !lit('-')) |
               '>' | (lit('+') >> !lit('+')) | (lit('-') >> !lit('-')) | '|' | '^' | '*' | '/' | '%' | '&']];

// Expression = UnaryExpr | Expression binary_op Expression .
// Parsed flat; parse_to_ast applies Go's five precedence levels.
auto const binary_tail_def = binary_op >> unary_expr;
auto const expression_def = unary_expr >> *binary_tail;
auto const header_binary_tail_def = binary_op >> header_unary_expr;
auto const header_expression_def = header_unary_expr >> *header_binary_tail;

// ExpressionList = Expression { "," Expression } .
auto const expression_list_def = expression % ',';
auto const header_expression_list_def = header_expression % ',';

// ---- Statements

// assign_op = [ add_op | mul_op ] "=" .   plus `:=` of ShortVarDecl
auto const assign_op_def = raw[lexeme[lit(":=") | "<<=" | ">>=" | "&^=" | "+=" | "-=" | "*=" | "/=" | "%=" |
                                      "&=" | "|=" | "^=" | (lit('=') >> !lit('='))]];
auto const incdec_op_def = raw[lexeme[lit("++") | "--"]];

// SimpleStmt = ExpressionStmt | IncDecStmt | Assignment | ShortVarDecl .
auto const simple_tail_def =
    (assign_op >> expression_list) | (incdec_op >> attr(std::vector<pt::Expression>()));
auto const simple_stmt_def = expression_list >> -simple_tail;
auto const header_simple_tail_def =
    (assign_op >> header_expression_list) | (incdec_op >> attr(std::vector<pt::Expression>()));
auto const header_simple_stmt_def = header_expression_list >> -header_simple_tail;

// VarDecl = "var" ( VarSpec | "(" { VarSpec ";" } ")" ) .   ConstDecl likewise with ConstSpec.
auto const decl_keyword_def = raw[kw("var") | kw("const")];
auto const decl_stmt_def =
    decl_keyword >> (('(' >> *(var_spec >> (';' | &lit(')'))) >> ')') | repeat(1)[var_spec]);

// VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .   (parse_to_ast checks which parts are required)
auto const var_spec_def = (identifier % ',') >> -type_ >> -('=' >> expression_list);

// TypeDecl = "type" ( TypeSpec | "(" { TypeSpec ";" } ")" ) .   TypeSpec = AliasDecl | TypeDef .
// AliasDecl = identifier "=" Type .   TypeDef = identifier Type .   (no type parameters)
auto const type_keyword_def = raw[kw("type")];
auto const type_decl_def = type_keyword >> (('(' >> *(type_spec >> (';' | &lit(')'))) >> ')') | repeat(1)[type_spec]);
auto const type_spec_def = identifier >> matches[lit('=')] >> type_;

// ReturnStmt = "return" [ ExpressionList ] .
auto const return_stmt_def = kw("return") >> -expression_list;

// BreakStmt = "break" .   ContinueStmt = "continue" .   FallthroughStmt = "fallthrough" .   (no labels)
// GotoStmt = "goto" Label .   Label = identifier .   (break and continue take an optional one)
auto const branch_keyword_def = raw[kw("break") | kw("continue") | kw("fallthrough") | kw("goto")];
auto const branch_stmt_def = branch_keyword >> -identifier;

// LabeledStmt = Label ":" Statement .   (at the end of a block, the statement is empty)
auto const label_end_def = &lit('}') >> attr(pt::EmptyStmt());
auto const labeled_stmt_def = identifier >> ':' >> !lit('=') >> (statement | label_end);

// DeferStmt = "defer" Expression .
auto const defer_stmt_def = kw("defer") >> expression;

// EmptyStmt = .
auto const empty_stmt_def = &lit(';');

// Block = "{" StatementList "}" .   StatementList = { Statement ";" } .
auto const rbrace_def = raw[lit('}')];
auto const block_def = '{' >> statement_list >> rbrace;
auto const statement_list_def = *(statement >> (';' | &lit('}')));

// Statement = Declaration | LabeledStmt | SimpleStmt | ReturnStmt | BreakStmt | ContinueStmt |
//             GotoStmt | FallthroughStmt | Block | IfStmt | SwitchStmt | ForStmt | DeferStmt |
//             EmptyStmt .
auto const statement_def = decl_stmt | type_decl | return_stmt | branch_stmt | defer_stmt | labeled_stmt | block |
                           if_stmt | type_switch_stmt | switch_stmt | for_stmt | empty_stmt | simple_stmt;

// IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] .
auto const if_stmt_def = kw("if") >> -(header_simple_stmt >> ';') >> header_expression >> block >>
                        -(kw("else") >> (if_stmt | block));

// ForStmt = "for" [ Condition | ForClause | RangeClause ] Block .
// (a range clause is the whole header: the block follows it)
auto const for_stmt_def = kw("for") >> -(range_clause >> &lit('{')) >> -for_clause >> -header_expression >> block;
// ForClause = [ InitStmt ] ";" [ Condition ] ";" [ PostStmt ] .
auto const for_clause_def = -header_simple_stmt >> ';' >> -header_expression >> ';' >> -header_simple_stmt;
// RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression .
// (an IdentifierList is parsed as an ExpressionList; parse_to_ast checks it)
auto const range_clause_def = -range_targets >> range_keyword >> header_expression;
auto const range_targets_def = header_expression_list >> range_define_op;
auto const range_define_op_def = raw[lexeme[lit(":=") | (lit('=') >> !lit('='))]];
auto const range_keyword_def = raw[kw("range")];

// ExprSwitchStmt = "switch" [ SimpleStmt ";" ] [ Expression ] "{" { ExprCaseClause } "}" .
auto const switch_stmt_def =
    kw("switch") >> -(header_simple_stmt >> ';') >> -header_expression >> '{' >> *case_clause >> '}';
// ExprCaseClause = ExprSwitchCase ":" StatementList .
// ExprSwitchCase = "case" ExpressionList | "default" .
auto const case_clause_def = case_header >> ':' >> statement_list;
auto const case_header_def =
    (kw("case") >> expression_list) | (kw("default") >> attr(std::vector<pt::Expression>()));

// TypeSwitchStmt = "switch" [ SimpleStmt ";" ] TypeSwitchGuard "{" { TypeCaseClause } "}" .
// TypeSwitchGuard = [ identifier ":=" ] PrimaryExpr "." "(" "type" ")" .
auto const type_switch_stmt_def = kw("switch") >> -(header_simple_stmt >> ';') >> -(identifier >> ":=") >>
                                  header_primary_expr >> '.' >> '(' >> kw("type") >> ')' >> '{' >>
                                  *type_case_clause >> '}';
// TypeCaseClause = TypeSwitchCase ":" StatementList .
// TypeSwitchCase = "case" TypeList | "default" .
auto const type_case_clause_def = type_case_header >> ':' >> statement_list;
auto const type_case_header_def =
    (kw("case") >> (type_ % ',')) | (kw("default") >> attr(std::vector<pt::Type>()));

// ---- Top level

// FunctionDecl = "func" FunctionName Signature [ FunctionBody ] .
// MethodDecl = "func" Receiver MethodName Signature [ FunctionBody ] .   Receiver = Parameters .
auto const func_decl_def = kw("func") >> -parameters >> identifier >> parameters >> results >> -block;

// TopLevelDecl = Declaration | FunctionDecl | MethodDecl .
auto const top_level_decl_def = func_decl | decl_stmt | type_decl;

// ImportSpec = [ "." | PackageName ] ImportPath .
auto const import_name_def = raw[lit('.')] | raw[identifier];
auto const import_spec_def = -import_name >> string_lit;

// ImportDecl = "import" ( ImportSpec | "(" { ImportSpec ";" } ")" ) .
auto const import_decl_def =
    kw("import") >> (('(' >> *(import_spec >> (';' | &lit(')'))) >> ')') | repeat(1)[import_spec]);

// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
// PackageClause = "package" PackageName .
auto const source_file_def =
    kw("package") >> identifier >> ';' >> *(import_decl >> ';') >> *(top_level_decl >> ';');

BOOST_SPIRIT_DEFINE(array_type, paren_type, lparen, index_suffix, slice_suffix, colon, lbracket, branch_keyword,
                    labeled_stmt, label_end, range_targets, range_define_op, range_keyword, range_clause)
BOOST_SPIRIT_DEFINE(third_index)
BOOST_SPIRIT_DEFINE(pointer_type, map_type, star, ellipsis, struct_keyword, struct_type, field_decl, type_name,
                    literal_value, keyed_element, element, composite_lit, type_operand_start, type_operand, header_suffix, header_primary_expr, header_unary_expr,
                    header_binary_tail, header_expression, header_expression_list, header_simple_tail,
                    header_simple_stmt)
BOOST_SPIRIT_DEFINE(identifier, int_lit, float_lit, imaginary_lit, rune_lit, string_lit, type_, qualified_ident, interface_type,
                    interface_keyword, interface_elem, method_signature, type_keyword, type_decl, type_spec, func_type,
                    param_decl, unnamed_result, parameters, results, operand, paren_expr, func_lit,
                    call_suffix, type_assert_suffix, suffix, primary_expr, unary_op, unary_expr,
                    binary_op, binary_tail, expression, expression_list, assign_op, incdec_op,
                    simple_tail, simple_stmt, decl_keyword, var_spec, decl_stmt, return_stmt,
                    branch_stmt, defer_stmt, empty_stmt, rbrace, block, statement_list, statement,
                    if_stmt, for_clause, for_stmt, case_header, case_clause, switch_stmt,
                    type_case_header, type_case_clause, type_switch_stmt, func_decl, top_level_decl,
                    import_name, import_spec, import_decl, source_file)

}  // namespace minigo::parser

namespace minigo {

parser::source_file_type const &sourceFileGrammar() { return parser::source_file; }

}  // namespace minigo
