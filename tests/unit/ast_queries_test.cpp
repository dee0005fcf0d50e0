// The shared AST walkers: which children of a statement forEachChild visits, and in what order.
#include "frontend/ast_queries.h"
#include "frontend/parse.h"

#include <gtest/gtest.h>
#include <llvm/Support/MemoryBuffer.h>

#include <functional>
#include <string>

using namespace minigo;

namespace {

struct Parsed {
  llvm::SourceMgr sources;
  std::string messages;
  std::unique_ptr<ast::File> file;

  // Parses `stmts` as the body of main.
  explicit Parsed(const std::string &stmts) {
    std::string source = "package main\nfunc main() {\n" + stmts + "\n}\n";
    unsigned id = sources.AddNewSourceBuffer(llvm::MemoryBuffer::getMemBufferCopy(source, "t.go"), llvm::SMLoc());
    llvm::raw_string_ostream out(messages);
    Diagnostics diags(sources, out);
    file = parseFile(id, diags);
  }
  const ast::Stmt &first() const { return *file->funcs.at(0)->body->stmts.at(0); }
};

std::string text(llvm::SMRange range) { return std::string(range.Start.getPointer(), range.End.getPointer()); }

// The children of the statement `stmt`, in the order visited: "s:" before a statement's source,
// "e:" before an expression's, separated by " | ".
std::string children(const std::string &stmt) {
  Parsed p(stmt);
  EXPECT_EQ(p.messages, "") << stmt;
  if (!p.file) return "<no file>";
  std::string out;
  auto add = [&](const char *what, llvm::SMRange range) { out += (out.empty() ? "" : " | ") + (what + text(range)); };
  forEachChild(
      p.first(), [&](const ast::Stmt &s) { add("s:", s.range); }, [&](const ast::Expr &e) { add("e:", e.range); });
  return out;
}

}  // namespace

TEST(ForEachChild, SimpleStatementsVisitTheirOperands) {
  EXPECT_EQ(children("f(x)"), "e:f(x)");
  EXPECT_EQ(children("a, b = b, a"), "e:a | e:b | e:b | e:a");
  EXPECT_EQ(children("a[i] += 2"), "e:a[i] | e:2");
  EXPECT_EQ(children("x, y := 1, g()"), "e:x | e:y | e:1 | e:g()");
  EXPECT_EQ(children("x++"), "e:x");
  EXPECT_EQ(children("return 1, y"), "e:1 | e:y");
  EXPECT_EQ(children("defer h(1)"), "e:h(1)");
}

TEST(ForEachChild, DeclarationsVisitTheirValuesNotTheirTypes) {
  EXPECT_EQ(children("var a, b [n]int = x, y"), "e:x | e:y");
  EXPECT_EQ(children("var a int"), "");
  EXPECT_EQ(children("const c = 1 << 3"), "e:1 << 3");
  EXPECT_EQ(children("type T [n]int"), "");
}

TEST(ForEachChild, StatementsWithoutChildren) {
  EXPECT_EQ(children("break"), "");
  EXPECT_EQ(children("continue L"), "");
  EXPECT_EQ(children("goto L\nL:"), "");
  EXPECT_EQ(children(";"), "");
}

TEST(ForEachChild, ControlFlowInSourceOrder) {
  EXPECT_EQ(children("{ a(); b() }"), "s:a() | s:b()");
  EXPECT_EQ(children("if x := f(); x > 0 { a() } else if y { b() }"),
            "s:x := f() | e:x > 0 | s:{ a() } | s:if y { b() }");
  EXPECT_EQ(children("if c { a() }"), "e:c | s:{ a() }");
  EXPECT_EQ(children("for i := 0; i < n; i++ { a() }"), "s:i := 0 | e:i < n | s:i++ | s:{ a() }");
  EXPECT_EQ(children("for c { }"), "e:c | s:{ }");
  EXPECT_EQ(children("for k, v := range m { }"), "e:k | e:v | e:m | s:{ }");
  EXPECT_EQ(children("L: for { }"), "s:for { }");
}

TEST(ForEachChild, SwitchClausesGiveTheirValuesThenTheirBodies) {
  EXPECT_EQ(children("switch x := f(); x { case 1, 2: a(); b()\ndefault: c() }"),
            "s:x := f() | e:x | e:1 | e:2 | s:a() | s:b() | s:c()");
  EXPECT_EQ(children("switch { case x > 1: a() }"), "e:x > 1 | s:a()");
  // A type switch's case types are types, not expressions.
  EXPECT_EQ(children("switch v := i.(type) { case int, nil: a(v)\ndefault: }"), "e:i | s:a(v)");
}

TEST(ForEachChild, FunctionLiteralBodiesStayInsideTheirExpression) {
  EXPECT_EQ(children("defer func() { a() }()"), "e:func() { a() }()");
  EXPECT_EQ(children("f := func() { for { } }"), "e:f | e:func() { for { } }");
}

// A recursive walk built on forEachChild reaches every statement, however deeply nested.
TEST(ForEachChild, RecursionReachesEveryStatement) {
  Parsed p("L: for i := 0; i < 3; i++ {\n switch { case true: if i > 1 { break L } else { { goto M } } }\n}\nM:");
  ASSERT_TRUE(p.file) << p.messages;
  std::string jumps;
  std::function<void(const ast::Stmt &)> walk = [&](const ast::Stmt &s) {
    if (llvm::isa<ast::Break, ast::Goto>(s)) jumps += (jumps.empty() ? "" : ", ") + text(s.range);
    forEachChild(s, walk);
  };
  walk(p.first());
  EXPECT_EQ(jumps, "break L, goto M");
}
