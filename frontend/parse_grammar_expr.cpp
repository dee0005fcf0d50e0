// The grammar's lexical elements, types and expressions (see parse_grammar_rules.h). Slow to
// compile, as parse_grammar.cpp is.
#include "frontend/parse_config.h"
#include "frontend/parse_grammar_rules.h"

namespace minigo::parser {

// ---- Lexical elements

// Go's keywords, which are no identifiers.
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
//           MapType | ChannelType .
auto const type__def = qualified_ident | identifier | func_type | interface_type | pointer_type | struct_type |
                       array_type | map_type | chan_type | paren_type;
auto const lparen_def = raw[lit('(')];
auto const paren_type_def = lparen >> type_ >> ')';

// ArrayType = "[" ArrayLength "]" ElementType .   ArrayLength = Expression .
// SliceType = "[" "]" ElementType .   (`[...]T` is the type of an array composite literal)
auto const array_type_def = '[' >> matches[lit("...")] >> -expression >> ']' >> type_;
auto const type_name_def = qualified_ident | identifier;

// MapType = "map" "[" KeyType "]" ElementType .   KeyType = Type .
auto const map_type_def = kw("map") >> '[' >> type_ >> ']' >> type_;

// ChannelType = ( "chan" | "chan" "<-" | "<-" "chan" ) ElementType .   (`chan<- chan int` is
// `chan<- (chan int)`: the leftmost `<-` goes with the leftmost `chan`)
auto const chan_direction_def = raw[(lit("<-") >> kw("chan")) | (kw("chan") >> lit("<-")) | kw("chan")];
auto const chan_type_def = chan_direction >> type_;

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
auto const type_operand_start_def =
    raw[&(kw("interface") | kw("func") | kw("struct") | kw("map") | kw("chan") | (lit("<-") >> kw("chan")) |
          lit('['))];
auto const type_operand_def = type_operand_start >> (interface_type | func_type | struct_type | array_type | map_type |
                                                     chan_type) >>
                              &(lit('(') | ')' | ',');

// CompositeLit = LiteralType LiteralValue .
// LiteralType = StructType | ArrayType | "[" "..." "]" ElementType | SliceType | MapType | TypeName .
auto const composite_lit_def = (struct_type | array_type | map_type) >> literal_value;
// LiteralValue = "{" [ ElementList [ "," ] ] "}" .   ElementList = KeyedElement { "," KeyedElement } .
auto const rbrace_def = raw[lit('}')];  // also the end of a Block
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

// unary_op = "+" | "-" | "!" | "^" | "*" | "&" | "<-" .   (`++`, `--`, `&&` and `&^` are other
// tokens; `<-chan T` starts a type, not a receive)
auto const unary_op_def = raw[lexeme[(lit('-') >> !lit('-')) | (lit('+') >> !lit('+')) | '!' | '^' | '*' |
                                     (lit('&') >> !(lit('&') | '^')) | (lit("<-") >> !(*x3::space >> kw("chan")))]];

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

BOOST_SPIRIT_DEFINE(identifier, int_lit, float_lit, imaginary_lit, rune_lit, string_lit, type_,
                    lparen, paren_type, array_type, type_name, map_type, chan_direction, chan_type, star, pointer_type,
                    struct_keyword, struct_type, field_decl, qualified_ident, interface_keyword,
                    interface_type, interface_elem, method_signature, func_type, parameters,
                    param_decl, ellipsis, results, unnamed_result, operand, type_operand_start,
                    type_operand, composite_lit, rbrace, literal_value, keyed_element, element,
                    paren_expr, func_lit, call_suffix, type_assert_suffix, lbracket, index_suffix,
                    colon, slice_suffix, third_index, header_suffix, suffix, primary_expr,
                    header_primary_expr, unary_op, unary_expr, header_unary_expr, binary_op,
                    binary_tail, expression, header_binary_tail, header_expression, expression_list,
                    header_expression_list)

BOOST_SPIRIT_INSTANTIATE(expression_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(expression_list_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(header_expression_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(header_expression_list_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(header_primary_expr_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(identifier_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(parameters_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(rbrace_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(results_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(string_lit_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(type__type, iterator_type, context_type)

}  // namespace minigo::parser
