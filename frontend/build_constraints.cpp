// BuildConstraint = OrExpr . OrExpr = AndExpr { "||" AndExpr } . AndExpr = UnaryExpr { "&&" UnaryExpr } .
// UnaryExpr = "!" UnaryExpr | "(" OrExpr ")" | tag .   (the go command's documented syntax)
#include "frontend/build_constraints.h"

#include <llvm/ADT/StringExtras.h>

namespace minigo {

namespace {

bool tagSet(llvm::StringRef tag) {
  if (tag == "linux" || tag == "amd64" || tag == "unix" || tag == "gc" || tag == "cgo") return true;
  unsigned minor = 0;  // go1.N holds for every release up to the one minigo follows
  return tag.consume_front("go1.") && !tag.getAsInteger(10, minor) && minor <= 26;
}

class Evaluator {
 public:
  explicit Evaluator(llvm::StringRef text) : text_(text) {}
  bool orExpr() {
    bool value = andExpr();
    while (consume("||")) value = andExpr() || value;
    return value;
  }

 private:
  llvm::StringRef text_;
  bool consume(llvm::StringRef token) {
    text_ = text_.ltrim();
    return text_.consume_front(token);
  }
  bool andExpr() {
    bool value = unary();
    while (consume("&&")) value = unary() && value;
    return value;
  }
  bool unary() {
    if (consume("!")) return !unary();
    if (consume("(")) {
      bool value = orExpr();
      consume(")");
      return value;
    }
    text_ = text_.ltrim();
    size_t n = 0;
    while (n < text_.size() && (llvm::isAlnum(text_[n]) || text_[n] == '_' || text_[n] == '.')) ++n;
    llvm::StringRef tag = text_.take_front(n);
    text_ = text_.drop_front(n);
    return tagSet(tag);
  }
};

}  // namespace

bool buildConstraintsSatisfied(llvm::StringRef source) {
  while (!source.empty()) {
    auto [line, rest] = source.split('\n');
    source = rest;
    line = line.trim();
    if (line.empty()) continue;
    if (!line.starts_with("//")) return true;  // the package clause, or a /* comment */: no constraint
    if (line.consume_front("//go:build ")) return Evaluator(line).orExpr();
  }
  return true;
}

}  // namespace minigo
