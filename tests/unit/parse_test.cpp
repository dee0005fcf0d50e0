// Parser tests: snippets in, AST shape (as a compact S-expression dump) and diagnostics out.
#include "frontend/parse.h"

#include <gtest/gtest.h>
#include <llvm/Support/Casting.h>
#include <llvm/Support/MemoryBuffer.h>

#include <string>

using namespace minigo;
using llvm::cast;

namespace {

// ---- AST dump: `1 + 2 * 3` is "(+ 1 (* 2 3))", a block is "{s1; s2}".

std::string dump(const ast::Expr *e);
std::string dump(const ast::Stmt *s);

std::string dump(const ast::TypeExpr *t) {
  if (!t) return "nil";
  switch (t->kind) {
    case ast::TypeExpr::Kind::Name: return (t->package.empty() ? "" : t->package + ".") + t->name;
    case ast::TypeExpr::Kind::Interface: {
      std::string s = "interface{";
      for (size_t i = 0; i < t->elems.size(); ++i)
        s += (i ? ";" : "") + t->elems[i].name + (t->elems[i].name.empty() ? "" : " ") + dump(t->elems[i].type.get());
      return s + "}";
    }
    case ast::TypeExpr::Kind::Func: {
      std::string s = "func(";
      for (size_t i = 0; i < t->params.size(); ++i)
        s += (i ? "," : "") + std::string(t->variadic && i + 1 == t->params.size() ? "..." : "") + dump(t->params[i].get());
      s += ")";
      for (const auto &r : t->results) s += " " + dump(r.get());
      return s;
    }
    case ast::TypeExpr::Kind::Pointer: return "*" + dump(t->elem.get());
    case ast::TypeExpr::Kind::Array:
      return "[" + (t->ellipsis ? std::string("...") : dump(t->length.get())) + "]" + dump(t->elem.get());
    case ast::TypeExpr::Kind::Map: return "map[" + dump(t->key.get()) + "]" + dump(t->elem.get());
    case ast::TypeExpr::Kind::Chan: {
      static const char *prefixes[] = {"chan ", "chan<- ", "<-chan "};
      return "(" + std::string(prefixes[static_cast<int>(t->chanDir)]) + dump(t->elem.get()) + ")";
    }
    default: break;
  }
  return "?";
}

template <typename List>
std::string joined(const List &items, const char *sep = " ") {
  std::string s;
  for (size_t i = 0; i < items.size(); ++i) s += (i ? sep : "") + dump(items[i].get());
  return s;
}

std::string dump(const ast::Signature &sig) {
  std::string s = "(";
  for (size_t i = 0; i < sig.params.size(); ++i)
    s += (i ? "," : "") + sig.params[i].name + (sig.params[i].name.empty() ? "" : " ") +
         (sig.variadic && i + 1 == sig.params.size() ? "..." : "") + dump(sig.params[i].type.get());
  s += ")";
  for (const ast::Param &r : sig.results) s += " " + r.name + (r.name.empty() ? "" : ":") + dump(r.type.get());
  return s;
}

const char *binaryOpText(ast::BinaryOp op) {
  static const char *texts[] = {"+", "-", "*", "/", "%", "&", "|", "^", "&^", "<<", ">>",
                                "==", "!=", "<", "<=", ">", ">=", "&&", "||"};
  return texts[static_cast<int>(op)];
}

std::string dump(const ast::Expr *e) {
  using K = ast::Expr::Kind;
  if (!e) return "";
  switch (e->kind) {
    case K::IntLit: return cast<ast::IntLit>(e)->text;
    case K::FloatLit: return cast<ast::FloatLit>(e)->text;
    case K::StringLit: return "\"" + cast<ast::StringLit>(e)->value + "\"";
    case K::Ident: return cast<ast::Ident>(e)->name;
    case K::Unary: {
      static const char *ops[] = {"-", "+", "!", "^", "*", "&", "<-"};
      auto *u = cast<ast::Unary>(e);
      return std::string("(") + ops[static_cast<int>(u->op)] + " " + dump(u->operand.get()) + ")";
    }
    case K::Binary: {
      auto *b = cast<ast::Binary>(e);
      return std::string("(") + binaryOpText(b->op) + " " + dump(b->lhs.get()) + " " + dump(b->rhs.get()) + ")";
    }
    case K::Call: {
      auto *c = cast<ast::Call>(e);
      return "(call " + dump(c->callee.get()) + (c->args.empty() ? "" : " ") + joined(c->args) +
             (c->hasEllipsis ? "..." : "") + ")";
    }
    case K::Selector: {
      auto *s = cast<ast::Selector>(e);
      return "(. " + dump(s->base.get()) + " " + s->name + ")";
    }
    case K::FuncLit: {
      auto *f = cast<ast::FuncLit>(e);
      return "(func" + dump(f->sig) + " " + dump(f->body.get()) + ")";
    }
    case K::TypeAssert: {
      auto *t = cast<ast::TypeAssert>(e);
      return "(.( " + dump(t->operand.get()) + " " + dump(t->assertedType.get()) + ")";
    }
    case K::Paren: return "(paren " + dump(cast<ast::Paren>(e)->inner.get()) + ")";
    case K::Index: return "(index " + dump(cast<ast::Index>(e)->base.get()) + " " + dump(cast<ast::Index>(e)->index.get()) + ")";
    case K::SliceExpr: {
      auto *s = cast<ast::SliceExpr>(e);
      return "(slice " + dump(s->base.get()) + " " + dump(s->low.get()) + ":" + dump(s->high.get()) +
             (s->max ? ":" + dump(s->max.get()) : "") + ")";
    }
    case K::TypeOperand: return dump(cast<ast::TypeOperand>(e)->denoted.get());
    case K::ImplicitConv: return "?";
  }
  return "?";
}

std::string dumpClause(const ast::CaseClause &c) {
  std::string s = c.isDefault ? "(default" : "(case " + joined(c.exprs, ",");
  for (size_t i = 0; i < c.types.size(); ++i) s += (i ? "," : "") + dump(c.types[i].get());
  return s + ": " + joined(c.body, "; ") + (c.fallthrough ? " fallthrough" : "") + ")";
}

std::string dump(const ast::Stmt *s) {
  using K = ast::Stmt::Kind;
  if (!s) return "";
  switch (s->kind) {
    case K::ExprStmt: return dump(cast<ast::ExprStmt>(s)->expr.get());
    case K::VarDecl: {
      auto *v = cast<ast::VarDecl>(s);
      std::string names;
      for (const auto &n : v->names) names += (names.empty() ? "" : ",") + n;
      return "(var " + names + " " + dump(v->type.get()) + (v->values.empty() ? "" : " = ") + joined(v->values) + ")";
    }
    case K::ConstDecl: {
      auto *c = cast<ast::ConstDecl>(s);
      std::string names;
      for (const auto &n : c->names) names += (names.empty() ? "" : ",") + n;
      return "(const " + names + " " + dump(c->type.get()) + " = " + joined(c->values) + " iota=" +
             std::to_string(c->iota) + ")";
    }
    case K::ShortVarDecl: {
      auto *d = cast<ast::ShortVarDecl>(s);
      return "(:= " + joined(d->lhs, ",") + " " + joined(d->values, ",") + ")";
    }
    case K::Assign: {
      static const char *ops[] = {"=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "&^=", "<<=", ">>="};
      auto *a = cast<ast::Assign>(s);
      return std::string("(") + ops[static_cast<int>(a->op)] + " " + joined(a->lhs, ",") + " " + joined(a->rhs, ",") + ")";
    }
    case K::IncDec: {
      auto *i = cast<ast::IncDec>(s);
      return std::string(i->increment ? "(++ " : "(-- ") + dump(i->target.get()) + ")";
    }
    case K::Block: return "{" + joined(cast<ast::Block>(s)->stmts, "; ") + "}";
    case K::If: {
      auto *i = cast<ast::If>(s);
      return "(if " + (i->init ? dump(i->init.get()) + "; " : "") + dump(i->cond.get()) + " " + dump(i->then.get()) +
             (i->otherwise ? " else " + dump(i->otherwise.get()) : "") + ")";
    }
    case K::For: {
      auto *f = cast<ast::For>(s);
      if (const ast::RangeClause *r = f->rangeClause.get())
        return "(range " + joined(r->lhs, ",") + (r->lhs.empty() ? "" : r->define ? " := " : " = ") +
               dump(r->x.get()) + " " + dump(f->body.get()) + ")";
      return "(for " + dump(f->init.get()) + "; " + dump(f->cond.get()) + "; " + dump(f->post.get()) + " " +
             dump(f->body.get()) + ")";
    }
    case K::Switch: {
      auto *sw = cast<ast::Switch>(s);
      std::string out = "(switch " + (sw->init ? dump(sw->init.get()) + "; " : "") + dump(sw->tag.get());
      for (const auto &c : sw->clauses) out += " " + dumpClause(c);
      return out + ")";
    }
    case K::TypeSwitch: {
      auto *ts = cast<ast::TypeSwitch>(s);
      std::string out = "(typeswitch " + (ts->init ? dump(ts->init.get()) + "; " : "") +
                        (ts->binding.empty() ? "" : ts->binding + " := ") + dump(ts->subject.get());
      for (const auto &c : ts->clauses) out += " " + dumpClause(c);
      return out + ")";
    }
    case K::Break: return "break";
    case K::Continue: return "continue";
    case K::Return: return "(return" + std::string(cast<ast::Return>(s)->values.empty() ? "" : " ") + joined(cast<ast::Return>(s)->values, ",") + ")";
    case K::Defer: return "(defer " + dump(cast<ast::DeferStmt>(s)->call.get()) + ")";
    case K::Go: return "(go " + dump(cast<ast::GoStmt>(s)->call.get()) + ")";
    case K::Send: return "(send " + dump(cast<ast::SendStmt>(s)->chan.get()) + " " + dump(cast<ast::SendStmt>(s)->value.get()) + ")";
    case K::Select: {
      std::string out = "(select";
      for (const ast::CommClause &c : cast<ast::SelectStmt>(s)->clauses)
        out += (c.comm ? " (case " + dump(c.comm.get()) : std::string(" (default")) +
               (c.body.empty() ? "" : " " + joined(c.body, "; ")) + ")";
      return out + ")";
    }
    case K::Empty: return "(empty)";
  }
  return "?";
}

// ---- Parsing helpers

struct Parsed {
  llvm::SourceMgr sources;
  std::string messages;
  llvm::raw_string_ostream out{messages};
  Diagnostics diags{sources, out};
  std::unique_ptr<ast::File> file;

  explicit Parsed(const std::string &src) {
    sources.AddNewSourceBuffer(llvm::MemoryBuffer::getMemBufferCopy(src, "t.go"), llvm::SMLoc());
    file = parseFile(1, diags);
  }
  // "line:col" of a location
  std::string position(llvm::SMLoc loc) const {
    auto [line, col] = sources.getLineAndColumn(loc);
    return std::to_string(line) + ":" + std::to_string(col);
  }
};

// The body of `func main() { ... }` as "stmt; stmt".
std::string body(const std::string &stmts) {
  Parsed p("package main\nfunc main() {\n" + stmts + "\n}\n");
  EXPECT_EQ(p.messages, "") << stmts;
  if (!p.file || p.file->funcs.empty()) return "<no file>";
  return joined(p.file->funcs[0]->body->stmts, "; ");
}

// The dump of one expression.
std::string expr(const std::string &e) {
  std::string assign = body("_ = " + e);  // "(= _ X)"
  return assign.substr(5, assign.size() - 6);
}

// The first error message for `src` ("t.go:3:5: error: ..."), without the source excerpt.
std::string error(const std::string &src) {
  Parsed p(src);
  EXPECT_EQ(p.file, nullptr) << src;
  return p.messages.substr(0, p.messages.find('\n'));
}
std::string bodyError(const std::string &stmts) { return error("package main\nfunc main() {\n" + stmts + "\n}\n"); }

}  // namespace

// ---- Expressions

TEST(ParseExpr, Precedence) {
  EXPECT_EQ(expr("1 + 2 * 3"), "(+ 1 (* 2 3))");
  EXPECT_EQ(expr("1 * 2 + 3"), "(+ (* 1 2) 3)");
  EXPECT_EQ(expr("a || b && c"), "(|| a (&& b c))");
  EXPECT_EQ(expr("-x * y"), "(* (- x) y)");
  EXPECT_EQ(expr("a - b - c"), "(- (- a b) c)");
  EXPECT_EQ(expr("a == b || c < d && e != f"), "(|| (== a b) (&& (< c d) (!= e f)))");
  EXPECT_EQ(expr("a << 2 | b &^ c ^ d % e"), "(^ (| (<< a 2) (&^ b c)) (% d e))");
  EXPECT_EQ(expr("!ok == false"), "(== (! ok) false)");
  EXPECT_EQ(expr("^-+x"), "(^ (- (+ x)))");
  EXPECT_EQ(expr("(1 + 2) * 3"), "(* (paren (+ 1 2)) 3)");
  EXPECT_EQ(expr("a <= b"), "(<= a b)");
  EXPECT_EQ(expr("a >= b >> 1"), "(>= a (>> b 1))");
}

TEST(ParseExpr, Literals) {
  EXPECT_EQ(expr("42"), "42");
  EXPECT_EQ(expr("0x2A + 0o17 + 017 + 0b101 + 1_000"), "(+ (+ (+ (+ 0x2A 0o17) 017) 0b101) 1_000)");
  EXPECT_EQ(expr("1.5 + .5 + 1e9 + 2.5E-3 + 3."), "(+ (+ (+ (+ 1.5 .5) 1e9) 2.5E-3) 3.)");
  EXPECT_EQ(expr("0x1p-2 + 0X_1.8P3 + 0x.8p0"), "(+ (+ 0x1p-2 0X_1.8P3) 0x.8p0)");
  EXPECT_EQ(expr("2i + 1.5i + 0x10i + 0123i"), "(+ (+ (+ 2i 1.5i) 0x10i) 0123i)");
  EXPECT_EQ(expr(R"('a' + '\n' + '\'' + '世')"), R"((+ (+ (+ 'a' '\n') '\'') '世'))");
  EXPECT_EQ(expr(R"("a\tb\n\\\"\x41\101\u00e9")"), "\"a\tb\n\\\"AA\xc3\xa9\"");
  EXPECT_EQ(expr("`raw\\n\r\nline`"), "\"raw\\n\nline\"");
  EXPECT_EQ(expr(R"("héllo; // not a comment")"), "\"héllo; // not a comment\"");
}

TEST(ParseExpr, CallsSelectorsAssertions) {
  EXPECT_EQ(expr("fmt.Println(a, b)"), "(call (. fmt Println) a b)");
  EXPECT_EQ(expr("f(a, b,)"), "(call f a b)");
  EXPECT_EQ(expr("f()"), "(call f)");
  EXPECT_EQ(expr("f(xs...)"), "(call f xs...)");
  EXPECT_EQ(expr("f(1)(2)"), "(call (call f 1) 2)");
  EXPECT_EQ(expr("err.Error()"), "(call (. err Error))");
  EXPECT_EQ(expr("x.(int)"), "(.( x int)");
  EXPECT_EQ(expr("x.(func(int) string)"), "(.( x func(int) string)");
  EXPECT_EQ(expr("x.(interface{})"), "(.( x interface{})");
  EXPECT_EQ(expr("float64(n) / 2"), "(/ (call float64 n) 2)");
}

TEST(ParseExpr, IndexAndSliceExpressions) {
  EXPECT_EQ(expr("a[i+1]"), "(index a (+ i 1))");
  EXPECT_EQ(expr("a[1:n]"), "(slice a 1:n)");
  EXPECT_EQ(expr("a[:]"), "(slice a :)");
  EXPECT_EQ(expr("a[lo:]"), "(slice a lo:)");
  EXPECT_EQ(expr("a[:hi:max]"), "(slice a :hi:max)");
  EXPECT_EQ(expr("f()[1:2][0]"), "(index (slice (call f) 1:2) 0)");
  EXPECT_EQ(expr("make([]int, n)"), "(call make []int n)");
}

TEST(ParseExpr, FuncLiterals) {
  EXPECT_EQ(expr("func(x int) int { return x }"), "(func(x int) int {(return x)})");
  EXPECT_EQ(expr("func() { n++ }()"), "(call (func() {(++ n)}))");
  EXPECT_EQ(expr("func(f func(int) (int, error), xs ...int) {}"),
            "(func(f func(int) int error,xs ...int) {})");
}

// ---- Statements

TEST(ParseStmt, Assignments) {
  EXPECT_EQ(body("x := 1"), "(:= x 1)");
  EXPECT_EQ(body("a, b := 1, \"s\""), "(:= a,b 1,\"s\")");
  EXPECT_EQ(body("a, b = b, a"), "(= a,b b,a)");
  EXPECT_EQ(body("_ = f()"), "(= _ (call f))");
  EXPECT_EQ(body("x += 1; x -= 1; x *= 2; x /= 2; x %= 3; x &= 1; x |= 1; x ^= 1; x &^= 1; x <<= 1; x >>= 1"),
            "(+= x 1); (-= x 1); (*= x 2); (/= x 2); (%= x 3); (&= x 1); (|= x 1); (^= x 1); (&^= x 1); "
            "(<<= x 1); (>>= x 1)");
  EXPECT_EQ(body("i++\ni--"), "(++ i); (-- i)");
}

TEST(ParseStmt, Declarations) {
  EXPECT_EQ(body("var x int"), "(var x int)");
  EXPECT_EQ(body("var a, b = 1, 2"), "(var a,b nil = 1 2)");
  EXPECT_EQ(body("var f func(int) bool = nil"), "(var f func(int) bool = nil)");
  EXPECT_EQ(body("var (\n  x int\n  y = \"s\"\n)"), "(var x int); (var y nil = \"s\")");
  EXPECT_EQ(body("const c = 3"), "(const c nil = 3 iota=0)");
}

TEST(ParseStmt, ConstIotaExpansion) {
  Parsed p("package main\nconst (\n  A = iota * 10\n  B\n  C int = 7\n  D\n)\n");
  ASSERT_EQ(p.messages, "");
  ASSERT_TRUE(p.file);
  EXPECT_EQ(joined(p.file->globals, "; "),
            "(const A nil = (* iota 10) iota=0); (const B nil = (* iota 10) iota=1); "
            "(const C int = 7 iota=2); (const D int = 7 iota=3)");
  // B's values are its own copy, not shared with A.
  EXPECT_NE(cast<ast::ConstDecl>(p.file->globals[0].get())->values[0].get(),
            cast<ast::ConstDecl>(p.file->globals[1].get())->values[0].get());
}

TEST(ParseStmt, ControlFlow) {
  EXPECT_EQ(body("if x > 0 { return }"), "(if (> x 0) {(return)})");
  EXPECT_EQ(body("if v, ok := m(); ok { f(v) } else if x { g() } else { h() }"),
            "(if (:= v,ok (call m)); ok {(call f v)} else (if x {(call g)} else {(call h)}))");
  EXPECT_EQ(body("for i := 0; i < 10; i++ { continue }"), "(for (:= i 0); (< i 10); (++ i) {continue})");
  EXPECT_EQ(body("for ; ; {}"), "(for ; ;  {})");
  EXPECT_EQ(body("for x < 3 { x++ }"), "(for ; (< x 3);  {(++ x)})");
  EXPECT_EQ(body("for { break }"), "(for ; ;  {break})");
  EXPECT_EQ(body("for i, v := range a { }"), "(range i,v := a {})");
  EXPECT_EQ(body("for k, p.x = range s { }"), "(range k,(. p x) = s {})");
  EXPECT_EQ(body("for range 10 { }"), "(range 10 {})");
  EXPECT_EQ(body("for i := range (T{}) { }"), "(range i := (paren ?) {})");  // a bare `T{` would start the body
  EXPECT_EQ(body("defer f(1)"), "(defer (call f 1))");
  EXPECT_EQ(body("defer func() { recover() }()"), "(defer (call (func() {(call recover)})))");
  EXPECT_EQ(body("return 1, nil"), "(return 1,nil)");
  EXPECT_EQ(body("{ x := 1; _ = x }"), "{(:= x 1); (= _ x)}");
  EXPECT_EQ(body("f();;g()"), "(call f); (empty); (call g)");
}

TEST(ParseStmt, Switch) {
  EXPECT_EQ(body("switch x := f(); x {\ncase 1, 2:\n  g()\n  fallthrough\ncase 3:\ndefault:\n  h()\n}"),
            "(switch (:= x (call f)); x (case 1,2: (call g) fallthrough) (case 3: ) (default: (call h)))");
  EXPECT_EQ(body("switch {\ncase x > 1:\n  return\n}"), "(switch  (case (> x 1): (return)))");
}

TEST(ParseStmt, TypeSwitch) {
  EXPECT_EQ(body("switch v := x.(type) {\ncase int, string:\n  f(v)\ncase nil:\ndefault:\n}"),
            "(typeswitch v := x (case int,string: (call f v)) (case nil: ) (default: ))");
  EXPECT_EQ(body("switch f(); g().(type) {\ncase func():\n}"),
            "(typeswitch (call f); (call g) (case func(): ))");
}

TEST(ParseStmt, SemicolonInsertion) {
  // `return` at the end of a line ends the statement: the next line is not its value.
  EXPECT_EQ(body("return\nf()"), "(return); (call f)");
  EXPECT_EQ(body("f(1,\n  2)\ng()"), "(call f 1 2); (call g)");
  EXPECT_EQ(body("x := 1 // a comment; with a semicolon\ny := 2 /* block */\nz := 3 /* multi\nline */ w := 4"),
            "(:= x 1); (:= y 2); (:= z 3); (:= w 4)");
  EXPECT_EQ(body("x := a +\n  b"), "(:= x (+ a b))");
  // No newline at the end of the file: a `;` is appended.
  Parsed p("package main\nfunc main() {}");
  EXPECT_EQ(p.messages, "");
  EXPECT_TRUE(p.file);
}

TEST(ParseStmt, KeywordsAreWholeWords) {
  EXPECT_EQ(body("format, iffy, gopher, returned, defaults := 1, 2, 3, 4, 5"),
            "(:= format,iffy,gopher,returned,defaults 1,2,3,4,5)");
}

// Unicode letters anywhere in an identifier, Unicode digits after the first character; a keyword
// followed by a letter is an identifier.
TEST(ParseStmt, UnicodeIdentifiers) {
  EXPECT_EQ(body("héllo, x٣, ǅ, 変数, forÄ := 1, 2, 3, 4, 5"), "(:= héllo,x٣,ǅ,変数,forÄ 1,2,3,4,5)");
  EXPECT_EQ(bodyError("x := 1٣"), "t.go:3:7: error: identifier cannot begin with digit U+0663 '٣'");
  EXPECT_EQ(bodyError("a·b := 1"), "t.go:3:2: error: invalid character U+00B7 '·' in identifier");
  EXPECT_EQ(bodyError("x := 1 ≠ 2"), "t.go:3:8: error: invalid character U+2260 '≠' in identifier");
  EXPECT_EQ(bodyError("a\u00adb := 1"), "t.go:3:2: error: invalid character U+00AD in identifier");
}

// A byte order mark is ignored at the start of the file only, and rejected in literals too.
TEST(ParseStmt, ByteOrderMark) {
  Parsed p("\ufeffpackage main\nfunc main() {}\n");
  EXPECT_EQ(p.messages, "");
  EXPECT_TRUE(p.file);
  EXPECT_EQ(error("\ufeff\ufeffpackage main\n"), "t.go:1:4: error: invalid BOM in the middle of the file");
  EXPECT_EQ(bodyError("s := `a\ufeff`"), "t.go:3:8: error: invalid BOM in the middle of the file");
}

TEST(ParseStmt, WindowsLineEndings) {
  EXPECT_EQ(body("x := 1\r\ny := `a\r\nb`\r\nreturn\r\n"), "(:= x 1); (:= y \"a\nb\"); (return)");
}

// ---- Top level

TEST(ParseFile, TopLevel) {
  Parsed p("package main\n\nimport \"fmt\"\nimport (\n  o \"os\"; . \"errors\"; _ \"strings\"\n)\n\n"
           "var g = 1\n"
           "func f(a, b int, s string) (x int, err error) { return }\n"
           "func h(int, ...string) {}\n");
  ASSERT_EQ(p.messages, "");
  ASSERT_TRUE(p.file);
  EXPECT_EQ(p.file->packageName, "main");
  ASSERT_EQ(p.file->imports.size(), 4u);
  EXPECT_EQ(p.file->imports[0].path, "fmt");
  EXPECT_EQ(p.file->imports[0].alias, "");
  EXPECT_EQ(p.file->imports[1].alias, "o");
  EXPECT_EQ(p.file->imports[2].path, "errors");
  EXPECT_EQ(p.file->imports[2].alias, ".");
  EXPECT_EQ(p.file->imports[3].alias, "_");
  EXPECT_EQ(joined(p.file->globals), "(var g nil = 1)");
  ASSERT_EQ(p.file->funcs.size(), 2u);
  EXPECT_EQ(dump(p.file->funcs[0]->sig), "(a int,b int,s string) x:int err:error");
  EXPECT_EQ(dump(p.file->funcs[1]->sig), "(int,...string)");
  EXPECT_TRUE(p.file->funcs[1]->sig.variadic);
  // Each grouped parameter has its own copy of the type.
  EXPECT_NE(p.file->funcs[0]->sig.params[0].type.get(), p.file->funcs[0]->sig.params[1].type.get());
}

TEST(ParseFile, Positions) {
  Parsed p("package main\n\nfunc main() {\n\tx := a + fmt.Println(1)\n}\n");
  ASSERT_TRUE(p.file) << p.messages;
  const ast::FuncDecl &f = *p.file->funcs[0];
  EXPECT_EQ(p.position(f.nameLoc), "3:6");
  EXPECT_EQ(p.position(f.range.Start), "3:1");
  EXPECT_EQ(p.position(f.body->rbrace), "5:1");
  EXPECT_EQ(p.position(p.file->packageLoc), "1:9");
  auto *decl = cast<ast::ShortVarDecl>(f.body->stmts[0].get());
  EXPECT_EQ(p.position(decl->range.Start), "4:2");
  EXPECT_EQ(p.position(decl->lhs[0]->range.Start), "4:2");
  auto *sum = cast<ast::Binary>(decl->values[0].get());
  EXPECT_EQ(p.position(sum->opLoc), "4:9");
  EXPECT_EQ(p.position(sum->range.Start), "4:7");
  EXPECT_EQ(p.position(sum->range.End), "4:25");
  auto *call = cast<ast::Call>(sum->rhs.get());
  EXPECT_EQ(p.position(cast<ast::Selector>(call->callee.get())->nameLoc), "4:15");
  EXPECT_EQ(p.position(f.sig.params.empty() ? f.nameLoc : f.sig.params[0].loc), "3:6");
}

// `(T)` is T wherever a type is written, but for an embedded field and a composite literal's type.
TEST(ParseFile, ParenthesizedTypes) {
  Parsed p("package main\ntype (\n\tA [2](int)\n\tP *((T))\n\tF func(a (int), b (string)) (bool)\n)\n"
           "func (t *(T)) M(a (int)) (int) { var x (int) = a; return x }\n");
  ASSERT_EQ(p.messages, "");
  EXPECT_EQ(dump(p.file->types[0]->type.get()), "[2]int");
  EXPECT_EQ(dump(p.file->types[1]->type.get()), "*T");
  EXPECT_EQ(dump(p.file->types[2]->type.get()), "func(int,string) bool");
  EXPECT_EQ(dump(p.file->funcs[0]->sig), "(t *T,a int) int");
  EXPECT_EQ(expr("x.((int))"), "(.( x int)");
  EXPECT_EQ(error("package main\ntype S struct {\n\t*(T)\n}\n"),
            "t.go:3:3: error: syntax error: cannot parenthesize embedded type");
  EXPECT_EQ(bodyError("_ = (T){1}"), "t.go:3:8: error: syntax error: cannot parenthesize type in composite literal");
  EXPECT_EQ(bodyError("_ = ([2]int) {1}"), "t.go:3:14: error: syntax error: cannot parenthesize type in composite literal");
  EXPECT_EQ(bodyError("_ = (*T){}"), "t.go:3:9: error: syntax error: unexpected `{`");
}

TEST(ParseFile, MapTypes) {
  Parsed p("package main\ntype (\n\tM map[string]int\n\tN map[[2]int]map[*T]func() M\n)\n"
           "func f(m map[K]V) map[int]bool {\n\tx := map[P]string{{1, 2}: \"a\"}\n"
           "\ty := make(map[int]int, 10)\n\tz := map[string]int(nil)\n\treturn nil\n}\n");
  ASSERT_EQ(p.messages, "");
  EXPECT_EQ(dump(p.file->types[0]->type.get()), "map[string]int");
  EXPECT_EQ(dump(p.file->types[1]->type.get()), "map[[2]int]map[*T]func() M");
  EXPECT_EQ(dump(p.file->funcs[0]->sig), "(m map[K]V) map[int]bool");
}

TEST(ParseFile, TypesAndMethods) {
  Parsed p("package main\n\ntype C float64\ntype (\n\tA = C\n\tS interface {\n\t\tfmt.Stringer\n\t\tArea(x int) float64\n\t}\n)\n"
           "func (c C) Twice(k int) C { return c }\nfunc (C) Zero() {}\n"
           "func f(fmt.Stringer, int) { type L int }\nfunc g(s fmt.Stringer) {}\n");
  ASSERT_EQ(p.messages, "");
  ASSERT_EQ(p.file->types.size(), 3u);
  EXPECT_EQ(p.file->types[0]->name, "C");
  EXPECT_EQ(dump(p.file->types[0]->type.get()), "float64");
  EXPECT_TRUE(p.file->types[1]->alias);
  EXPECT_EQ(dump(p.file->types[2]->type.get()), "interface{fmt.Stringer;Area func(int) float64}");
  ASSERT_EQ(p.file->funcs.size(), 4u);
  EXPECT_TRUE(p.file->funcs[0]->isMethod);
  EXPECT_EQ(dump(p.file->funcs[0]->sig), "(c C,k int) C");  // the receiver is the first parameter
  EXPECT_EQ(dump(p.file->funcs[1]->sig), "(C)");
  EXPECT_FALSE(p.file->funcs[2]->isMethod);
  EXPECT_EQ(dump(p.file->funcs[2]->sig), "(fmt.Stringer,int)");
  EXPECT_EQ(dump(p.file->funcs[3]->sig), "(s fmt.Stringer)");
  EXPECT_EQ(p.file->funcs[2]->body->stmts[0]->kind, ast::Stmt::Kind::TypeDecl);
  EXPECT_EQ(error("package main\nfunc (a, b T) m() {}\n"), "t.go:2:1: error: method has multiple receivers");
}

// ---- Errors

TEST(ParseErrors, SyntaxErrors) {
  EXPECT_EQ(bodyError("f(1))"), "t.go:3:5: error: syntax error: unexpected `)`");
  EXPECT_EQ(bodyError("x := 1 +"), "t.go:4:1: error: syntax error: unexpected `}`");
  EXPECT_EQ(error("package main\nfunc main()\n{\n}\n"), "t.go:3:1: error: syntax error: unexpected semicolon or newline before {");
  EXPECT_EQ(error("package main\nfunc main() {\n"), "t.go:3:1: error: syntax error: unexpected EOF");
  EXPECT_EQ(bodyError("x := \"abc"), "t.go:3:6: error: string literal not terminated");
  EXPECT_EQ(bodyError("x := \"\\q\""), "t.go:3:8: error: unknown escape");
  EXPECT_EQ(bodyError("defer x"), "t.go:3:7: error: expression in defer must be function call");
  EXPECT_EQ(bodyError("fallthrough"), "t.go:3:1: error: fallthrough statement out of place");
  EXPECT_EQ(bodyError("a.b := 1"), "t.go:3:1: error: non-name `a.b` on left side of `:=`");
  EXPECT_EQ(bodyError("a, b"), "t.go:3:5: error: syntax error: expected `:=` or `=` or comma after expression list");
  EXPECT_EQ(bodyError("x := y.(type)"), "t.go:3:9: error: syntax error: use of `.(type)` outside type switch");
  EXPECT_EQ(error("package main\nx := 1\n"),
            "t.go:2:1: error: syntax error: non-declaration statement outside function body");
  EXPECT_EQ(bodyError("x := --y"), "t.go:3:6: error: syntax error: unexpected `--`");
  EXPECT_EQ(error("package main\nfunc f(a int, string) {}\n"),
            "t.go:2:15: error: syntax error: mixed named and unnamed parameters");
}

// Go rejects both anywhere; the source line shows the bytes escaped, with the caret under them.
TEST(ParseErrors, Encoding) {
  EXPECT_EQ(Parsed("package main\nfunc main() {\nx := \"a\xff\"\n}\n").messages,
            "t.go:3:8: error: invalid UTF-8 encoding\nx := \"a\\xff\"\n       ^\n");
  EXPECT_EQ(Parsed("package main\n// \x01\xed\xa0\x80\n").messages,
            "t.go:2:5: error: invalid UTF-8 encoding\n// \\x01\\xed\\xa0\\x80\n       ^\n");
  EXPECT_EQ(error(std::string("package main\nvar s = \"\xc3\xa9\" /* \0 */\n", 34)),
            "t.go:2:17: error: invalid NUL character");
  // The caret counts columns on the terminal: a tab to the next multiple of 8, a wide character two.
  EXPECT_EQ(Parsed("package main\nfunc main() {\n\t変数 := \"é\" + \xff\n}\n").messages,
            "t.go:3:19: error: invalid UTF-8 encoding\n        変数 := \"é\" + \\xff\n                      ^\n");
}

TEST(ParseErrors, Unsupported) {
  EXPECT_EQ(bodyError("for i, j, k := range xs {}"), "t.go:3:11: error: range clause permits at most two iteration variables");
  EXPECT_EQ(bodyError("for a.b := range xs {}"), "t.go:3:5: error: non-name `a.b` on left side of `:=`");
  EXPECT_EQ(error("package main\ntype L[T any] int\n"), "t.go:2:7: error: unsupported: generic types");
  EXPECT_EQ(bodyError("_ = a[1::3]"), "t.go:3:9: error: middle index required in 3-index slice");
  EXPECT_EQ(bodyError("_ = a[1:2:]"), "t.go:3:11: error: final index required in 3-index slice");
  EXPECT_EQ(error("package main\ntype N interface{ ~int }\n"), "t.go:2:19: error: unsupported: type constraints");
  EXPECT_EQ(error("package main\nfunc f[T any]() {}\n"), "t.go:2:7: error: unsupported: generic functions");
}

TEST(ParseStmt, GoroutinesAndChannels) {
  EXPECT_EQ(body("go f(1)"), "(go (call f 1))");
  EXPECT_EQ(body("c <- 1"), "(send c 1)");
  EXPECT_EQ(body("v := <-c"), "(:= v (<- c))");
  EXPECT_EQ(body("select {}"), "(select)");
  EXPECT_EQ(body("select {\ncase c <- 1:\ncase v, ok := <-c:\n\tf(v, ok)\ncase <-d:\ndefault:\n}"),
            "(select (case (send c 1)) (case (:= v,ok (<- c)) (call f v ok)) (case (<- d)) (default))");
  EXPECT_EQ(body("var c chan<- int"), "(var c (chan<- int))");
  EXPECT_EQ(body("var d <-chan chan int"), "(var d (<-chan (chan int)))");
  EXPECT_EQ(body("var e chan<- chan int"), "(var e (chan<- (chan int)))");
  EXPECT_EQ(body("x := make(chan int, 3)"), "(:= x (call make (chan int) 3))");
  EXPECT_EQ(bodyError("go f"), "t.go:3:4: error: expression in go must be function call");
  EXPECT_EQ(bodyError("select {\ncase x = 1:\n}"), "t.go:4:6: error: select case must be send or receive (possibly with assignment)");
}

// ---- The seed programs of ../shared/seed-defer.txt

TEST(ParseFile, SeedPrograms) {
  const char *programs[] = {
      R"(func main() {
    fmt.Println("First main statement")
    defer logExit("main") // position of defer statement here does not matter
    fmt.Println("Last main statement")
}
func logExit(name string) {
    fmt.Printf("Function %s returned\n", name)
})",
      R"(func main() {
    defer logNum(1)
    fmt.Println("First main statement")
    defer logNum(2)
    defer logNum(3)
    panic("panic occurred")
    fmt.Println("Last main statement") // not printed
    defer logNum(3) // not deferred since execution flow never reaches this line
}
func logNum(i int) {
    fmt.Printf("Num %d\n", i)
})",
      R"(func main() {
    i := 1
    defer logNum(i) // deferred function call: logNum(1)
    fmt.Println("First main statement")
    i++
    defer logNum(i) // deferred function call: logNum(2)
    defer logNum(i*i) // deferred function call: logNum(4)
    return // explicit return
}
func logNum(i int) {
    fmt.Printf("Num %d\n", i)
})",
      R"(func main() {
    fmt.Println(plusOne(1)) // 2
    return
}
func plusOne(i int) (result int) { // overkill! only for demonstration
    defer func() {result += 1}() // anonymous function must be called by adding ()
    // i is returned as result, which is updated by deferred function above
    // after execution of below return
    return i
})",
  };
  for (const char *program : programs) {
    Parsed p(std::string("package main; import \"fmt\"\n") + program);
    EXPECT_EQ(p.messages, "") << program;
    ASSERT_TRUE(p.file) << program;
    EXPECT_EQ(p.file->funcs.size(), 2u);
  }
}
