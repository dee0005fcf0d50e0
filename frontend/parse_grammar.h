// The Go grammar (Spirit X3): declares the one rule parse.cpp starts from.
#pragma once

#include "frontend/parse_tree.h"

#include <boost/spirit/home/x3.hpp>

namespace minigo::parser {

namespace x3 = boost::spirit::x3;

struct source_file_class;
using source_file_type = x3::rule<source_file_class, parse_tree::SourceFile>;
BOOST_SPIRIT_DECLARE(source_file_type)

}  // namespace minigo::parser

namespace minigo {

parser::source_file_type const &sourceFileGrammar();

}  // namespace minigo
