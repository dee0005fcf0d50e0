// The report of a failed parse (see parse_lexical.h). The grammar knows only what minigo accepts,
// so the failure position is where something else starts: a valid Go construct minigo does not
// implement ("unsupported: ..."), or a real syntax error.
#include "frontend/parse_lexical.h"


#include <array>
#include <optional>

namespace minigo {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The token of `text` that starts at `offset`.
llvm::StringRef tokenAt(llvm::StringRef text, size_t offset) {
  llvm::StringRef rest = text.substr(offset);
  if (rest.empty()) return rest;
  if (isWordChar(rest[0])) {
    // a word or a number, with the `.` of `1.5`
    bool number = std::isdigit(static_cast<unsigned char>(rest[0]));
    size_t n = 0;
    while (n < rest.size() && (isWordChar(rest[n]) || (number && rest[n] == '.'))) ++n;
    return rest.take_front(n);
  }
  if (rest[0] == '"' || rest[0] == '`') {
    size_t close = rest.find(rest[0], 1);
    return rest.take_front(close == llvm::StringRef::npos ? rest.size() : close + 1);
  }
  static constexpr std::array<llvm::StringLiteral, 24> operators = {
      "<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==", "!=", "<=",
      ">=",  ":=",  "<<",  ">>",  "&^", "+=", "-=", "*=", "/=", "%=", "&=", "|="};
  for (llvm::StringRef op : operators)
    if (rest.starts_with(op)) return rest.take_front(op.size());
  return rest.take_front(1);
}

// The offset where the token before `offset` starts (a word, or else a single character), or
// nothing at the start of the text.
std::optional<size_t> previousTokenStart(llvm::StringRef text, size_t offset) {
  size_t end = std::min(offset, text.size());
  while (end > 0 && isSpace(text[end - 1])) --end;
  if (end == 0) return std::nullopt;
  size_t start = end - 1;
  if (isWordChar(text[start]))
    while (start > 0 && isWordChar(text[start - 1])) --start;
  return start;
}

// The tokens before the failure, nearest first: [0] is just before it, [1] before that.
std::array<llvm::StringRef, 2> previousTokens(llvm::StringRef text, size_t offset) {
  std::array<llvm::StringRef, 2> tokens;
  for (llvm::StringRef &token : tokens) {
    std::optional<size_t> start = previousTokenStart(text, offset);
    if (!start) break;
    token = tokenAt(text, *start);
    offset = *start;
  }
  return tokens;
}

// Whether `text`, which starts with `[`, is a type parameter list (`[T any]`, `[K, V comparable]`)
// rather than an array length or `]`: a name followed by more than a name.
bool startsTypeParameters(llvm::StringRef text) {
  llvm::StringRef inside = text.drop_front().take_until([](char c) { return c == ']'; }).trim();
  size_t name = 0;
  while (name < inside.size() && isWordChar(inside[name])) ++name;
  return name > 0 && !std::isdigit(static_cast<unsigned char>(inside[0])) && name < inside.size();
}

// What minigo does not support that starts with `token`, the start of `rest`, given the token
// two before it.
std::optional<std::string> unsupportedConstruct(llvm::StringRef token, llvm::StringRef rest, llvm::StringRef prevPrev) {
  if (token == "[" && prevPrev == "func") return "generic functions";
  if (token == "[" && prevPrev == "type" && startsTypeParameters(rest)) return "generic types";
  if (token == "~") return "type constraints";
  return std::nullopt;
}

// Whether `offset` is outside every `{...}`, i.e. among the top-level declarations.
bool atTopLevel(llvm::StringRef prepared, size_t offset) {
  int depth = 0;
  for (size_t i = 0; i < offset && i < prepared.size(); ++i) {
    char c = prepared[i];
    if (c == '"' || c == '`' || c == '\'') {  // skip literals (the pre-pass checked they end)
      for (++i; i < offset && prepared[i] != c; ++i)
        if (c != '`' && prepared[i] == '\\') ++i;
    } else if (c == '{') {
      ++depth;
    } else if (c == '}') {
      --depth;
    }
  }
  return depth == 0;
}

// Go's way of naming the token in "unexpected ...".
std::string describeToken(llvm::StringRef source, llvm::StringRef prepared, size_t offset) {
  if (offset >= source.size()) return "EOF";
  if (prepared[offset] == ';' && source[offset] != ';') return "newline";
  return ("`" + tokenAt(prepared, offset) + "`").str();
}

}  // namespace

// `type Name[T any] ...` or `func Name[T any](...)` on the line of `offset` (in the source: the
// prepared text has no newlines): the offset of its `[` and what it declares.
std::optional<std::pair<size_t, std::string>> genericDeclaration(llvm::StringRef source, size_t offset) {
  size_t lineStart = source.rfind('\n', std::min(offset, source.size()));
  lineStart = lineStart == llvm::StringRef::npos ? 0 : lineStart + 1;
  llvm::StringRef line = source.substr(lineStart).take_until([](char c) { return c == '\n'; });
  llvm::StringRef rest = line.ltrim(" \t");
  bool isType = rest.consume_front("type ");
  if (!isType && !rest.consume_front("func ")) return std::nullopt;
  rest = rest.ltrim(" \t");
  size_t name = 0;
  while (name < rest.size() && isWordChar(rest[name])) ++name;
  llvm::StringRef afterName = rest.drop_front(name);
  if (name == 0 || !afterName.starts_with("[") || !startsTypeParameters(afterName)) return std::nullopt;
  size_t bracket = size_t(afterName.data() - source.data());
  return std::make_pair(bracket, std::string(isType ? "generic types" : "generic functions"));
}

void reportParseFailure(llvm::StringRef source, llvm::StringRef prepared, size_t offset, Diagnostics &diags) {
  if (auto generic = genericDeclaration(source, offset))
    return diags.unsupported(llvm::SMLoc::getFromPointer(source.data() + generic->first), generic->second);
  llvm::SMLoc loc = llvm::SMLoc::getFromPointer(source.data() + std::min(offset, source.size()));
  llvm::StringRef token = tokenAt(prepared, offset);
  auto [prev, prevPrev] = previousTokens(prepared, offset);
  if (std::optional<std::string> what =
          unsupportedConstruct(token, prepared.substr(offset), prevPrev))
    return diags.unsupported(loc, *what);
  if (token == "type" && prev == "(") return diags.error(loc, "syntax error: use of `.(type)` outside type switch");
  bool startsDeclaration = token == "func" || token == "var" || token == "const" || token == "import" ||
                           token == "type";
  // A function's body on the line after its signature: the newline ended the declaration.
  if (token == "{" && prev == ";" && atTopLevel(prepared, offset))
    return diags.error(loc, "syntax error: unexpected semicolon or newline before {");
  if (prev == ";" && !token.empty() && !startsDeclaration && atTopLevel(prepared, offset))
    return diags.error(loc, "syntax error: non-declaration statement outside function body");
  diags.error(loc, "syntax error: unexpected " + describeToken(source, prepared, offset));
}

}  // namespace minigo
