// The one translation unit that instantiates the grammar (slow to compile: keep it stable).
#include "frontend/parse_config.h"
#include "frontend/parse_grammar_def.h"

namespace minigo::parser {

BOOST_SPIRIT_INSTANTIATE(source_file_type, iterator_type, context_type)

}  // namespace minigo::parser
