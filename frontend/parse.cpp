// Phase 1 entry point: prepared source -> X3 parse tree -> AST (see parse.h).
#include "frontend/parse.h"

#include "frontend/parse_config.h"
#include "frontend/parse_grammar.h"
#include "frontend/parse_lexical.h"
#include "frontend/parse_to_ast.h"

#include <sstream>

namespace minigo {

namespace x3 = boost::spirit::x3;

std::unique_ptr<ast::File> parseFile(unsigned bufferId, Diagnostics &diags) {
  llvm::StringRef source = diags.sources().getMemoryBuffer(bufferId)->getBuffer();
  unsigned errorsBefore = diags.errorCount();
  std::optional<std::string> prepared = prepareSource(source, diags);
  if (!prepared) return nullptr;

  parser::iterator_type first = prepared->cbegin();
  parser::iterator_type const last = prepared->cend();
  parser::iterator_type furthest = first;
  std::ostringstream unusedOutput;  // only the position cache of the handler is used
  parser::error_handler_type handler(first, last, unusedOutput);
  auto const grammar = x3::with<x3::error_handler_tag>(std::ref(handler))[sourceFileGrammar()];

  parse_tree::SourceFile tree;
  bool parsed = x3::phrase_parse(first, last, grammar, parser::Skipper(&furthest), tree);
  if (!parsed || first != last) {
    reportParseFailure(source, *prepared, furthest - prepared->cbegin(), diags);
    return nullptr;
  }
  std::unique_ptr<ast::File> file = AstBuilder(handler, source, prepared->cbegin(), diags).file(tree);
  if (diags.errorCount() != errorsBefore) return nullptr;
  return file;
}

}  // namespace minigo
