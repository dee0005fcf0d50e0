// The grammar's statements and declarations, up to the source file, the rule parse.cpp starts
// from (see parse_grammar_rules.h). Slow to compile: keep it stable.
#include "frontend/parse_config.h"
#include "frontend/parse_grammar_rules.h"

namespace minigo::parser {

// ---- Statements

// assign_op = [ add_op | mul_op ] "=" .   plus `:=` of ShortVarDecl
// (and the `<-` of SendStmt = Channel "<-" Expression, a simple statement too)
auto const assign_op_def = raw[lexeme[lit("<-") | lit(":=") | "<<=" | ">>=" | "&^=" | "+=" | "-=" | "*=" | "/=" | "%=" |
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

// GoStmt = "go" Expression .
auto const go_stmt_def = kw("go") >> expression;

// SelectStmt = "select" "{" { CommClause } "}" .   CommClause = CommCase ":" StatementList .
// CommCase = "case" ( SendStmt | RecvStmt ) | "default" .
// RecvStmt = [ ExpressionList "=" | IdentifierList ":=" ] RecvExpr .   (both parsed as SimpleStmt)
auto const select_stmt_def = kw("select") >> '{' >> *comm_clause >> '}';
auto const comm_clause_def = comm_header >> ':' >> statement_list;
auto const comm_header_def = (kw("case") >> simple_stmt) | (kw("default") >> attr(pt::SimpleStmt()));

// EmptyStmt = .
auto const empty_stmt_def = &lit(';');

// Block = "{" StatementList "}" .   StatementList = { Statement ";" } .
auto const block_def = '{' >> statement_list >> rbrace;
auto const statement_list_def = *(statement >> (';' | &lit('}')));

// Statement = Declaration | LabeledStmt | SimpleStmt | ReturnStmt | BreakStmt | ContinueStmt |
//             GotoStmt | FallthroughStmt | Block | IfStmt | SwitchStmt | ForStmt | DeferStmt |
//             EmptyStmt | GoStmt | SelectStmt .
auto const statement_def = decl_stmt | type_decl | return_stmt | branch_stmt | defer_stmt | go_stmt | labeled_stmt |
                           block | if_stmt | type_switch_stmt | switch_stmt | select_stmt | for_stmt | empty_stmt |
                           simple_stmt;

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

BOOST_SPIRIT_DEFINE(assign_op, incdec_op, simple_tail, simple_stmt, header_simple_tail,
                    header_simple_stmt, decl_keyword, decl_stmt, var_spec, type_keyword, type_decl,
                    type_spec, return_stmt, branch_keyword, branch_stmt, label_end, labeled_stmt,
                    defer_stmt, go_stmt, select_stmt, comm_clause, comm_header, empty_stmt, block, statement_list, statement, if_stmt, for_stmt,
                    for_clause, range_clause, range_targets, range_define_op, range_keyword,
                    switch_stmt, case_clause, case_header, type_switch_stmt, type_case_clause,
                    type_case_header, func_decl, top_level_decl, import_name, import_spec, import_decl, source_file)

BOOST_SPIRIT_INSTANTIATE(source_file_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(block_type, iterator_type, context_type)

}  // namespace minigo::parser

namespace minigo {

parser::source_file_type const &sourceFileGrammar() { return parser::source_file; }

}  // namespace minigo
