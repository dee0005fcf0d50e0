// The exact iterator, skipper and context types the grammar is instantiated with. They must
// match the call in parse.cpp exactly, or linking fails with an undefined `parse_rule`.
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <boost/spirit/home/x3/support/utility/error_reporting.hpp>

#include <string>

namespace minigo::parser {

namespace x3 = boost::spirit::x3;

// The grammar parses the prepared copy of the source (see parse_lexical.h).
using iterator_type = std::string::const_iterator;

// Skips whitespace (comments are already blanked by the pre-pass) and remembers the furthest
// position where the grammar tried to match a token: when the parse fails, the token there is
// the one no alternative accepted, which is what a syntax error should point at.
struct Skipper : x3::parser<Skipper> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  iterator_type *furthest;

  explicit Skipper(iterator_type *furthest) : furthest(furthest) {}

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator &first, Iterator const &last, Context const &, RContext &, Attribute &) const {
    bool skipped = first != last && (*first == ' ' || *first == '\t' || *first == '\n' || *first == '\r');
    if (skipped) ++first;
    if (first > *furthest) *furthest = first;
    return skipped;
  }
};

using error_handler_type = x3::error_handler<iterator_type>;
using phrase_context_type = x3::phrase_parse_context<Skipper>::type;
using context_type =
    x3::context<x3::error_handler_tag, std::reference_wrapper<error_handler_type>, phrase_context_type>;

}  // namespace minigo::parser
