// Checker tests: parse Go source, check it, and inspect the annotated AST or the diagnostics.
#include "frontend/ast_queries.h"
#include "frontend/check.h"
#include "frontend/load.h"
#include "frontend/parse.h"

#include <gtest/gtest.h>
#include <llvm/Support/thread.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/ADT/StringExtras.h>
#include <llvm/Support/MemoryBuffer.h>

#include <cmath>

using namespace minigo;
using namespace minigo::ast;

namespace {

struct Checked {
  llvm::SourceMgr sources;
  std::string messages;
  llvm::raw_string_ostream out{messages};
  TypeContext types;
  std::vector<std::unique_ptr<Package>> imported;  // fmt, os, errors: their builtin functions only
  Package package;  // main, of one file
  File *file = nullptr;
  bool ok = false;

  std::string firstError() const {
    auto end = messages.find('\n');
    return messages.substr(0, end);
  }
  FuncDecl &func(const std::string &name) {
    for (auto &f : file->funcs)
      if (f->name == name) return *f;
    throw std::runtime_error("no func " + name);
  }
  Stmt &stmt(const std::string &funcName, size_t i) { return *func(funcName).body->stmts.at(i); }
};

std::unique_ptr<Checked> check(const std::string &source) {
  auto c = std::make_unique<Checked>();
  unsigned id = c->sources.AddNewSourceBuffer(llvm::MemoryBuffer::getMemBufferCopy(source, "test.go"), llvm::SMLoc());
  Diagnostics diags(c->sources, c->out);
  std::unique_ptr<File> file = parseFile(id, diags);
  if (file) {
    c->file = file.get();
    for (Import &imp : file->imports) {
      c->imported.push_back(std::make_unique<Package>());
      c->imported.back()->path = c->imported.back()->name = imp.path;
      checkPackage(*c->imported.back(), c->types, diags);
      imp.package = c->imported.back().get();
    }
    c->package.path = c->package.name = "main";
    c->package.files.push_back(std::move(file));
    c->ok = checkPackage(c->package, c->types, diags);
  }
  c->out.flush();
  return c;
}

// Checks `body` as the body of main (after `import "fmt"` when it uses fmt).
std::unique_ptr<Checked> checkMain(const std::string &body, const std::string &extra = "") {
  bool usesFmt = body.find("fmt.") != std::string::npos || extra.find("fmt.") != std::string::npos;
  return check(std::string("package main\n\n") + (usesFmt ? "import \"fmt\"\n\n" : "") + extra +
               "func main() {\n" + body + "}\n");
}

std::string firstErrorOf(const std::string &body, const std::string &extra = "") {
  auto c = checkMain(body, extra);
  EXPECT_FALSE(c->ok);
  return c->firstError();
}

Expr &valueOf(Stmt &s, size_t i = 0) {
  if (auto *d = llvm::dyn_cast<ShortVarDecl>(&s)) return *d->values.at(i);
  if (auto *d = llvm::dyn_cast<VarDecl>(&s)) return *d->values.at(i);
  if (auto *a = llvm::dyn_cast<Assign>(&s)) return *a->rhs.at(i);
  if (auto *e = llvm::dyn_cast<ExprStmt>(&s)) return *e->expr;
  throw std::runtime_error("no value");
}

}  // namespace

TEST(Check, ConstantsAreFoldedAndTyped) {
  auto c = checkMain("\tx := 1 + 2*3\n\tvar f float64 = 1 << 3\n\ty := 7 / 2.0\n\tprintln(x, f, y)\n");
  ASSERT_TRUE(c->ok) << c->messages;
  Expr &x = valueOf(c->stmt("main", 0));
  EXPECT_EQ(x.type, c->types.intType());
  EXPECT_EQ(x.constant.asInt(), 7);
  Expr &f = valueOf(c->stmt("main", 1));
  EXPECT_EQ(f.type, c->types.float64Type());
  EXPECT_EQ(f.constant.asFloat(), 8.0);
  Expr &y = valueOf(c->stmt("main", 2));
  EXPECT_EQ(y.type, c->types.float64Type());
  EXPECT_EQ(y.constant.asFloat(), 3.5);
}

TEST(Check, ConstDeclarationsAndIota) {
  auto c = check("package main\n\nconst (\n\tA = iota\n\tB\n\tC\n)\n\nconst big = 1 << 70\n\n"
                 "func main() {\n\tprintln(C, big>>68, len(\"héllo\"))\n}\n");
  ASSERT_TRUE(c->ok) << c->messages;
  auto &call = llvm::cast<Call>(valueOf(c->stmt("main", 0)));
  EXPECT_EQ(call.args[0]->constant.asInt(), 2);
  EXPECT_EQ(call.args[0]->type, c->types.intType());
  EXPECT_EQ(call.args[1]->constant.asInt(), 4);
  EXPECT_EQ(call.args[2]->constant.asInt(), 6);
}

TEST(Check, UntypedConstantsAreExact) {
  auto c = checkMain("\tx := 0.1 + 0.2\n\ti := 1 << 100 >> 98\n\tj := int(0.3 / 0.1)\n\tvar f float64 = 1 << 64\n"
                     "\tz := -0.0\n\tvar k int = 1e20 / 1e10\n\tb := big>>190 == 1<<10 && big > 1<<199\n"
                     "\tprintln(x, i, j, f, z, k, b)\n",
                     "const big = 1 << 200\n\n");
  ASSERT_TRUE(c->ok) << c->messages;
  EXPECT_EQ(valueOf(c->stmt("main", 0)).constant.asFloat(), 0.3);  // rounded once, not 0.1+0.2 in doubles
  EXPECT_EQ(valueOf(c->stmt("main", 1)).constant.asInt(), 4);
  EXPECT_EQ(valueOf(c->stmt("main", 2)).constant.asInt(), 3);
  EXPECT_EQ(valueOf(c->stmt("main", 3)).constant.asFloat(), 0x1p64);
  double z = valueOf(c->stmt("main", 4)).constant.asFloat();
  EXPECT_EQ(z, 0.0);
  EXPECT_FALSE(std::signbit(z));  // a constant has no negative zero
  EXPECT_EQ(valueOf(c->stmt("main", 5)).constant.asInt(), 10000000000);
  EXPECT_TRUE(valueOf(c->stmt("main", 6)).constant.asBool());
}

TEST(Check, TypedFloatConstantsAreRoundedAfterEachOperation) {
  auto c = checkMain("\tconst a float64 = 0.1\n\tx := a + 0.2\n\ty := 1.0 / 49 * 49\n\tprintln(x, y)\n");
  ASSERT_TRUE(c->ok) << c->messages;
  volatile double tenth = 0.1, fiftieth = 1.0 / 49;
  EXPECT_EQ(valueOf(c->stmt("main", 1)).constant.asFloat(), tenth + 0.2);  // 0.30000000000000004
  EXPECT_EQ(valueOf(c->stmt("main", 2)).constant.asFloat(), 1.0);          // untyped: exact
  EXPECT_NE(fiftieth * 49, 1.0);
}

TEST(Check, LongStringConstantsFold) {
  std::string sum = "\"a\"";
  for (int i = 0; i < 5000; ++i) sum += " + \"bc\"";
  auto c = checkMain("\tconst s = " + sum + "\n\tprintln(len(s), s == s+\"\")\n");
  ASSERT_TRUE(c->ok) << c->messages;
  auto &print = llvm::cast<Call>(valueOf(c->stmt("main", 1)));
  EXPECT_EQ(print.args[0]->constant.asInt(), 10001);
  EXPECT_TRUE(print.args[1]->constant.asBool());
}

TEST(Check, LongConstantsInMessages) {
  EXPECT_EQ(firstErrorOf("\tprintln(" + std::string(10001, '1') + ")\n"),
            "test.go:4:10: error: excessively long constant: 1111111111... (10001 chars)");
  // Shortened to 72 runes, as go/constant does.
  EXPECT_EQ(firstErrorOf("\tconst s = \"" + std::string(100, 'x') + "\"\n\tvar i int = s\n\tprintln(i)\n"),
            "test.go:5:14: error: cannot use `s` (untyped string constant \"" + std::string(68, 'x') +
                "...) as int value in variable declaration");
}

class ConstErrors : public testing::TestWithParam<std::pair<const char *, const char *>> {};

TEST_P(ConstErrors, FirstMessage) {
  EXPECT_EQ(firstErrorOf(GetParam().first), std::string("test.go:") + GetParam().second);
}

INSTANTIATE_TEST_SUITE_P(
    Check, ConstErrors,
    testing::Values(
        std::pair{"\tprintln(1 << 1000 > 1)\n", "4:12: error: constant shift overflow"},
        std::pair{"\tprintln(1 << 400 * (1 << 400) > 1)\n", "4:19: error: constant multiplication overflow"},
        std::pair{"\tprintln(^(1 << 511 * 2 - 1) < 0)\n", "4:21: error: constant multiplication overflow"},
        std::pair{"\tprintln(1 << 1075 > 1)\n", "4:15: error: invalid operation: invalid shift count `1075` (untyped int constant)"},
        std::pair{"\tprintln(1 << -1)\n", "4:15: error: invalid operation: negative shift count `-1` (untyped int constant)"},
        std::pair{"\tprintln(1 << 1.5)\n", "4:15: error: `1.5` (untyped float constant) truncated to uint"},
        std::pair{"\tprintln(1 << 1e300)\n", "4:15: error: `1e300` (untyped float constant 1e+300) truncated to uint"},
        std::pair{"\tprintln(0.5 >> 1.5)\n",  // the operand first
                  "4:10: error: invalid operation: shifted operand `0.5` (untyped float constant) must be integer"},
        std::pair{"\tvar x int = 1e100\n\t_ = x\n",  // integral, but a float: "truncated"
                  "4:14: error: cannot use `1e100` (untyped float constant 1e+100) as int value in variable "
                  "declaration (truncated)"},
        std::pair{"\tprintln(int(40000000002.8))\n",
                  "4:14: error: cannot convert `40000000002.8` (untyped float constant 4.00000000028e+10) to type int"},
        std::pair{"\tvar x float64 = 1e309\n\tprintln(x)\n",
                  "4:18: error: cannot use `1e309` (untyped float constant 1e+309) as float64 value in variable "
                  "declaration (overflows)"},
        std::pair{"\tprintln(float64(-1e309))\n",
                  "4:18: error: cannot convert `-1e309` (untyped float constant -1e+309) to type float64"},
        std::pair{"\tprintln(int(1 << 63))\n", "4:14: error: constant 9223372036854775808 overflows int"},
        std::pair{"\tprintln(int(2.5))\n", "4:14: error: cannot convert `2.5` (untyped float constant) to type int"},
        std::pair{"\tconst a float64 = 1e308\n\tprintln(a * 10)\n",
                  "5:10: error: `a * 10` (constant 1e+309 of type float64) overflows float64"},
        // Exact: the spec's 2^63, which overflows (gc's int64 folding gives -2^63 here).
        std::pair{"\tconst m int = -1 << 63\n\tprintln(m / -1)\n",
                  "5:10: error: `m / -1` (constant 9223372036854775808 of type int) overflows int"},
        std::pair{"\tprintln(1 / 0.0)\n", "4:14: error: invalid operation: division by zero"},
        std::pair{"\tprintln(1e99999)\n", "4:10: error: unsupported: constant magnitude beyond 2**±65536"},
        std::pair{"\tswitch 1.0 {\n\tcase 1, 2 - 1:\n\t}\n", "5:10: error: duplicate case `2 - 1` in expression switch"}),
    [](const testing::TestParamInfo<std::pair<const char *, const char *>> &info) {
      return "case" + std::to_string(info.index);
    });

TEST(Check, UntypedNeverReachesCodegen) {
  auto c = checkMain("\tb := 1 < 2\n\tvar n int\n\tm := n + 1\n\tprintln(b, m, 1, 2.5)\n");
  ASSERT_TRUE(c->ok) << c->messages;
  Expr &b = valueOf(c->stmt("main", 0));
  EXPECT_EQ(b.type, c->types.boolType());
  EXPECT_TRUE(b.constant.asBool());
  auto &m = llvm::cast<Binary>(valueOf(c->stmt("main", 2)));
  EXPECT_EQ(m.rhs->type, c->types.intType());
  EXPECT_FALSE(m.constant.isKnown());
  auto &print = llvm::cast<Call>(valueOf(c->stmt("main", 3)));
  EXPECT_EQ(print.callKind, CallKind::Builtin);
  EXPECT_EQ(print.args[2]->type, c->types.intType());
  EXPECT_EQ(print.args[3]->type, c->types.float64Type());
}

TEST(Check, ImplicitConversionsToInterfaces) {
  auto c = checkMain("\tvar a any = 5\n\tfmt.Println(a, \"s\", a == 1)\n\tpanic(a)\n",
                     "func f(e error) any {\n\treturn 3\n}\n\n");
  ASSERT_TRUE(c->ok) << c->messages;
  auto *conv = llvm::dyn_cast<ImplicitConv>(&valueOf(c->stmt("main", 0)));
  ASSERT_NE(conv, nullptr);
  EXPECT_EQ(conv->type, c->types.emptyInterface());
  EXPECT_EQ(conv->operand->type, c->types.intType());
  auto &println = llvm::cast<Call>(valueOf(c->stmt("main", 1)));
  EXPECT_EQ(println.callKind, CallKind::Library);
  EXPECT_EQ(println.builtin, Builtin::FmtPrintln);
  EXPECT_FALSE(llvm::isa<ImplicitConv>(*println.args[0]));  // already an interface
  EXPECT_TRUE(llvm::isa<ImplicitConv>(*println.args[1]));
  auto &cmp = llvm::cast<Binary>(*llvm::cast<ImplicitConv>(*println.args[2]).operand);
  EXPECT_TRUE(llvm::isa<ImplicitConv>(*cmp.rhs));
  EXPECT_EQ(cmp.type, c->types.boolType());
  auto &ret = llvm::cast<Return>(c->stmt("f", 0));
  EXPECT_TRUE(llvm::isa<ImplicitConv>(*ret.values[0]));
}

TEST(Check, NilTakesTheTypeItIsComparedWith) {
  auto c = checkMain("\tvar f func(int) int\n\tvar e error = nil\n\tprintln(f == nil, e != nil)\n");
  ASSERT_TRUE(c->ok) << c->messages;
  EXPECT_EQ(valueOf(c->stmt("main", 1)).type, c->types.errorType());
  auto &print = llvm::cast<Call>(valueOf(c->stmt("main", 2)));
  EXPECT_EQ(llvm::cast<Binary>(*print.args[0]).rhs->type->kind, TypeKind::Func);
}

TEST(Check, CallsAndResults) {
  auto c = checkMain("\tq, r := div(7, 2)\n\ts := fmt.Sprintf(\"%d\", q+r)\n\terr := errors.New(s)\n"
                     "\tprintln(err.Error(), int(2.0), float64(q))\n",
                     "import \"errors\"\n\nfunc div(a, b int) (int, int) {\n\treturn a / b, a % b\n}\n\n");
  ASSERT_TRUE(c->ok) << c->messages;
  auto &call = llvm::cast<Call>(valueOf(c->stmt("main", 0)));
  EXPECT_EQ(call.callKind, CallKind::Func);
  EXPECT_EQ(call.type, c->types.tuple({c->types.intType(), c->types.intType()}));
  EXPECT_EQ(valueOf(c->stmt("main", 1)).type, c->types.stringType());
  EXPECT_EQ(valueOf(c->stmt("main", 2)).type, c->types.errorType());
  auto &print = llvm::cast<Call>(valueOf(c->stmt("main", 3)));
  auto &method = llvm::cast<Call>(*print.args[0]);
  EXPECT_EQ(method.callKind, CallKind::Method);
  EXPECT_EQ(llvm::cast<Selector>(*method.callee).name, "Error");
  auto &conv = llvm::cast<Call>(*print.args[1]);
  EXPECT_EQ(conv.callKind, CallKind::Conversion);
  EXPECT_EQ(conv.constant.asInt(), 2);
  EXPECT_EQ(llvm::cast<Call>(*print.args[2]).type, c->types.float64Type());
}

TEST(Check, CommaOkTypeAssertion) {
  auto c = checkMain("\tvar a any = \"x\"\n\tv, ok := a.(string)\n\tw := a.(int)\n\tprintln(v, ok, w)\n");
  ASSERT_TRUE(c->ok) << c->messages;
  EXPECT_EQ(valueOf(c->stmt("main", 1)).type, c->types.tuple({c->types.stringType(), c->types.boolType()}));
  EXPECT_EQ(valueOf(c->stmt("main", 2)).type, c->types.intType());
}

TEST(Check, TypeSwitchBindsOneVariablePerClause) {
  auto c = checkMain("\tvar a any = 1\n\tswitch v := a.(type) {\n\tcase int:\n\t\tprintln(v + 1)\n"
                     "\tcase string, bool:\n\t\tprintln(v)\n\tdefault:\n\t}\n");
  ASSERT_TRUE(c->ok) << c->messages;
  auto &ts = llvm::cast<TypeSwitch>(c->stmt("main", 1));
  ASSERT_EQ(ts.clauses.size(), 3u);
  EXPECT_EQ(ts.clauses[0].boundVar->type, c->types.intType());
  EXPECT_EQ(ts.clauses[1].boundVar->type, c->types.emptyInterface());
  EXPECT_NE(ts.clauses[0].boundVar, ts.clauses[2].boundVar);
  EXPECT_EQ(ts.clauses[0].types[0]->resolved, c->types.intType());
}

TEST(Check, ClosuresCaptureThroughEveryLevel) {
  auto c = checkMain("\tx, y := 1, 2\n\tf := func() int {\n\t\tg := func() int { return x + y }\n"
                     "\t\treturn g() + y\n\t}\n\tprintln(f())\n");
  ASSERT_TRUE(c->ok) << c->messages;
  auto &decl = llvm::cast<ShortVarDecl>(c->stmt("main", 0));
  Object *x = decl.lhs[0]->object, *y = decl.lhs[1]->object;
  EXPECT_TRUE(x->isCaptured);
  EXPECT_TRUE(y->isCaptured);
  EXPECT_EQ(x->owner, &c->func("main").info);
  auto &f = llvm::cast<FuncLit>(valueOf(c->stmt("main", 1)));
  EXPECT_EQ(f.info.name, "main.main.func1");
  EXPECT_EQ(f.info.captures, (std::vector<Object *>{x, y}));
  auto &g = llvm::cast<FuncLit>(valueOf(*f.body->stmts[0]));
  EXPECT_EQ(g.info.name, "main.main.func1.1");
  EXPECT_EQ(g.info.captures, (std::vector<Object *>{x, y}));
  Object *gVar = llvm::cast<ShortVarDecl>(*f.body->stmts[0]).lhs[0]->object;
  EXPECT_FALSE(gVar->isCaptured);
}

TEST(Check, DefersAndRecover) {
  auto c = check("package main\n\nfunc f() (r int) {\n\tdefer println(1)\n\tfor i := 0; i < 3; i++ {\n"
                 "\t\tdefer func() {\n\t\t\tdefer println(i)\n\t\t\tr += i\n\t\t}()\n\t}\n"
                 "\tdefer func() { recover() }()\n\treturn 5\n}\n\nfunc main() { println(f()) }\n");
  ASSERT_TRUE(c->ok) << c->messages;
  FunctionInfo &info = c->func("f").info;
  ASSERT_EQ(info.defers.size(), 3u);
  EXPECT_FALSE(info.defers[0]->inLoop);
  EXPECT_TRUE(info.defers[1]->inLoop);
  EXPECT_EQ(info.defers[1]->index, 1);
  EXPECT_TRUE(info.deferInLoop);
  EXPECT_FALSE(info.callsRecover);
  EXPECT_TRUE(info.namedResults);
  ASSERT_EQ(info.results.size(), 1u);
  auto &loop = llvm::cast<For>(*c->func("f").body->stmts[1]);
  Object *i = llvm::cast<ShortVarDecl>(*loop.init).lhs[0]->object;
  EXPECT_TRUE(i->isPerIterationLoopVar);
  auto &inner = llvm::cast<FuncLit>(*llvm::cast<DeferStmt>(*loop.body->stmts[0]).call->callee);
  ASSERT_EQ(inner.info.defers.size(), 1u);
  EXPECT_FALSE(inner.info.defers[0]->inLoop);
  EXPECT_EQ(inner.info.captures, (std::vector<Object *>{i, info.results[0]}));
  auto &last = llvm::cast<FuncLit>(*llvm::cast<DeferStmt>(*c->func("f").body->stmts[2]).call->callee);
  EXPECT_TRUE(last.info.callsRecover);
}

TEST(Check, RangeClauses) {
  auto c = check("package main\n\ntype Count uint8\n\nfunc main() {\n\tvar a [3]string\n\tp := &a\n"
                 "\tfor i := range p {\n\t\tdefer println(i)\n\t}\n\tfor i, v := range a {\n\t\tprintln(i, v)\n\t}\n"
                 "\tfor _, r := range \"x\" {\n\t\tprintln(r)\n\t}\n\tfor n := range Count(3) {\n\t\tprintln(n)\n\t}\n"
                 "\tvar k int8\n\tfor k = range 5 {\n\t}\n\tprintln(k)\n}\n");
  ASSERT_TRUE(c->ok) << c->messages;
  auto &body = c->func("main").body->stmts;
  auto range = [&](size_t i) -> RangeClause & { return *llvm::cast<For>(*body[i]).rangeClause; };
  // Only the index, through a pointer with no call: p is not evaluated.
  EXPECT_EQ(range(2).kind, RangeKind::ArrayPointer);
  EXPECT_FALSE(range(2).evaluateX);
  EXPECT_TRUE(c->func("main").info.deferInLoop);
  EXPECT_EQ(range(3).kind, RangeKind::Array);
  EXPECT_TRUE(range(3).evaluateX);
  EXPECT_EQ(typeName(range(3).valueType), "string");
  Object *v = llvm::cast<Ident>(*range(3).lhs[1]).object;
  EXPECT_EQ(typeName(v->type), "string");
  EXPECT_FALSE(v->isPerIterationLoopVar);  // declared in each iteration instead
  EXPECT_EQ(range(4).kind, RangeKind::String);
  EXPECT_EQ(typeName(range(4).valueType), "int32");
  EXPECT_EQ(range(5).kind, RangeKind::Integer);
  EXPECT_EQ(typeName(range(5).keyType), "Count");
  // An untyped constant takes the type of the `=` target.
  EXPECT_EQ(typeName(range(7).keyType), "int8");
  EXPECT_EQ(typeName(range(7).x->type), "int8");
}

TEST(Check, UnnamedParamsGetObjects) {
  auto c = check("package main\n\nfunc f(int, string) (int, error) { return 1, nil }\n\n"
                 "func main() { a, b := f(1, \"\"); println(a, b) }\n");
  ASSERT_TRUE(c->ok) << c->messages;
  FunctionInfo &info = c->func("f").info;
  EXPECT_EQ(info.name, "main.f");
  ASSERT_EQ(info.params.size(), 2u);
  EXPECT_EQ(info.params[1]->name, "");
  EXPECT_EQ(info.results.size(), 2u);
  EXPECT_FALSE(info.namedResults);
  EXPECT_TRUE(c->func("f").object->isGlobal);
}

TEST(Check, ScopesAndShadowing) {
  auto c = checkMain("\tx := 1\n\tif x := \"s\"; x != \"\" {\n\t\tprintln(x)\n\t}\n\t{\n\t\tx := 2.5\n"
                     "\t\tprintln(x)\n\t}\n\tx, y := 3, 4\n\tprintln(x, y)\n");
  ASSERT_TRUE(c->ok) << c->messages;
  auto &redecl = llvm::cast<ShortVarDecl>(c->stmt("main", 3));
  EXPECT_EQ(redecl.isNew, (std::vector<bool>{false, true}));
  EXPECT_EQ(redecl.lhs[0]->object, llvm::cast<ShortVarDecl>(c->stmt("main", 0)).lhs[0]->object);
}

// A bare return with a shadowed named result: one error per hidden result, each with a note at
// the declaration that hides it, as gc's indented second line.
TEST(Check, BareReturnNeedsTheResultsInScope) {
  auto c = check("package main\n\ntype T int\n\nfunc f() (x int, _ bool, y T) {\n\tif x := 1; x > 0 {\n"
                 "\t\tconst y = 2\n\t\treturn\n\t}\n\tfor x := 0; ; x = x + 1 {\n\t\tfunc() { x := 1; _ = x; return }()\n"
                 "\t\treturn\n\t}\n}\n\nfunc main() { f() }\n");
  EXPECT_FALSE(c->ok);
  std::string headers;  // the messages without their source lines and carets
  for (llvm::StringRef line : llvm::split(c->messages, '\n'))
    if (line.starts_with("test.go:")) headers += line.str() + "\n";
  EXPECT_EQ(headers,
            "test.go:8:3: error: result parameter `x` not in scope at return\n"
            "test.go:6:5: note: inner declaration of `var x int`\n"
            "test.go:8:3: error: result parameter `y` not in scope at return\n"
            "test.go:7:9: note: inner declaration of `var y T`\n"
            "test.go:12:3: error: result parameter `x` not in scope at return\n"
            "test.go:10:6: note: inner declaration of `var x int`\n");
}

TEST(Check, GlobalsInAnyOrder) {
  auto c = check("package main\n\nvar a = b * 2\n\nconst b = c + 1\n\nconst c = 1\n\n"
                 "func main() { println(a, g()) }\n\nfunc g() int { return a }\n");
  ASSERT_TRUE(c->ok) << c->messages;
  auto &a = llvm::cast<VarDecl>(*c->file->globals[0]);
  EXPECT_TRUE(a.objects[0]->isGlobal);
  EXPECT_EQ(a.values[0]->constant.asInt(), 4);
}

TEST(Check, DefinedTypesAreDistinctAndKeepTheirUnderlyingKind) {
  auto c = check("package main\n\ntype C float64\n\ntype A = C\n\nfunc main() {\n\tvar x A = 1.5\n\ty := x * 2\n"
                 "\tprintln(float64(y) + 1)\n}\n");
  ASSERT_TRUE(c->ok) << c->messages;
  const Type *t = c->file->types[0]->object->type;
  EXPECT_EQ(t->kind, TypeKind::Float64);
  EXPECT_EQ(t->underlying, c->types.float64Type());
  EXPECT_NE(t, c->types.float64Type());
  EXPECT_EQ(typeName(t), "C");
  EXPECT_EQ(runtimeTypeName(t), "main.C");
  EXPECT_EQ(c->file->types[1]->object->type, t);  // an alias is the same type
  EXPECT_EQ(valueOf(c->stmt("main", 1)).type, t);
}

TEST(Check, MethodsJoinTheMethodSetAndCallsResolveToThem) {
  auto c = check("package main\n\nimport \"fmt\"\n\nfunc (l L) String() string { return \"l\" }\n\ntype L int\n\n"
                 "func (l L) Add(n int) L { return l + L(n) }\n\n"
                 "func main() {\n\tvar s fmt.Stringer = L(1).Add(2)\n\tprintln(s.String())\n}\n");
  ASSERT_TRUE(c->ok) << c->messages;
  const Type *l = c->file->types[0]->object->type;
  ASSERT_EQ(l->methods.size(), 2u);
  EXPECT_EQ(l->methods[0].name, "Add");  // sorted by name
  EXPECT_EQ(typeName(l->methods[0].signature), "func(int) L");
  EXPECT_EQ(c->func("Add").info.name, "main.L.Add");
  EXPECT_EQ(c->func("Add").info.signature->params.size(), 2u);  // the receiver comes first
  auto &conv = llvm::cast<ImplicitConv>(valueOf(c->stmt("main", 0)));
  auto &add = llvm::cast<Call>(*conv.operand);
  EXPECT_EQ(add.callKind, CallKind::Method);
  EXPECT_EQ(add.methodDecl, &c->func("Add"));
  auto &dynamic = llvm::cast<Call>(*llvm::cast<Call>(valueOf(c->stmt("main", 1))).args[0]);
  EXPECT_EQ(dynamic.callKind, CallKind::Method);
  EXPECT_EQ(dynamic.methodDecl, nullptr);  // dispatched on the dynamic type
  EXPECT_EQ(runtimeTypeName(conv.type), "fmt.Stringer");
}

TEST(Check, InterfacesEmbedAndCompareMethodSignatures) {
  auto c = check("package main\n\ntype R interface{ Read() int }\n\ntype RW interface {\n\tR\n\tWrite(int)\n}\n\n"
                 "type F int\n\nfunc (F) Read() int { return 1 }\n\nfunc (F) Write(n int) {}\n\n"
                 "func main() {\n\tvar rw RW = F(0)\n\tvar r R = rw\n\tprintln(r.Read())\n}\n");
  ASSERT_TRUE(c->ok) << c->messages;
  const Type *rw = c->file->types[1]->object->type;
  ASSERT_EQ(rw->methods.size(), 2u);
  EXPECT_EQ(runtimeTypeName(rw->underlying), "interface { Read() int; Write(int) }");
}

struct ErrorCase {
  const char *body;
  const char *extra;
  const char *want;
};

class CheckErrors : public testing::TestWithParam<ErrorCase> {};

TEST_P(CheckErrors, FirstMessage) {
  const ErrorCase &e = GetParam();
  EXPECT_EQ(firstErrorOf(e.body, e.extra), std::string("test.go:") + e.want);
}

INSTANTIATE_TEST_SUITE_P(
    Check, CheckErrors,
    testing::Values(
        ErrorCase{"\tprintln(y)\n", "", "4:10: error: undefined: `y`"},
        ErrorCase{"\tx := 1\n", "", "4:2: error: declared and not used: `x`"},
        ErrorCase{"\tx := 1\n\tx = 2\n", "", "4:2: error: declared and not used: `x`"},
        ErrorCase{"\tvar s string\n\tvar i int = s\n\tprintln(i)\n", "",
                  "5:14: error: cannot use `s` (variable of type string) as int value in variable declaration"},
        ErrorCase{"\tvar i int\n\ti = \"a\"\n\tprintln(i)\n", "",
                  "5:6: error: cannot use `\"a\"` (untyped string constant) as int value in assignment"},
        ErrorCase{"\ta, b := 1, \"s\"\n\tprintln(a + b)\n", "",
                  "5:10: error: invalid operation: `a + b` (mismatched types int and string)"},
        ErrorCase{"\tf(1, 2)\n", "func f(a int) {}\n\n", "6:7: error: too many arguments in call to `f`"},
        ErrorCase{"\tf()\n", "func f(a int) {}\n\n", "6:2: error: not enough arguments in call to `f`"},
        ErrorCase{"\tbreak\n", "", "4:2: error: break is not in a loop, switch, or select"},
        ErrorCase{"\tx := 1\n\tx := 2\n\tprintln(x)\n", "", "5:4: error: no new variables on left side of `:=`"},
        ErrorCase{"\tx := 1 << 70\n\tprintln(x)\n", "",
                  "4:7: error: cannot use `1 << 70` (untyped int constant 1180591620717411303424) as int value "
                  "in assignment (overflows)"},
        ErrorCase{"\tprintln(10 / 0)\n", "", "4:15: error: invalid operation: division by zero"},
        ErrorCase{"\tvar i int = 2.5\n\tprintln(i)\n", "",
                  "4:14: error: cannot use `2.5` (untyped float constant) as int value in variable declaration "
                  "(truncated)"},
        ErrorCase{"\tif 1 {\n\t}\n", "", "4:5: error: non-boolean condition in if statement"},
        ErrorCase{"\tprintln(f())\n", "func f() int {\n\tfor {\n\t\tbreak\n\t}\n}\n\n", "7:1: error: missing return"},
        ErrorCase{"\tprintln(append(1))\n", "", "4:17: error: invalid append: argument must be a slice; have `1` (untyped int constant)"},
        ErrorCase{"\tdefer len(\"ab\")\n", "", "4:8: error: defer discards result of `len(\"ab\")` (constant 2 of type int)"},
        ErrorCase{"\tvar e error\n\tprintln(e.(int))\n", "",
                  "5:10: error: impossible type assertion: `e.(int)`: int does not implement error (missing method "
                  "`Error`)"},
        ErrorCase{"\t_ = fmt.Println(1)\n", "", "6:6: error: unsupported: using the result of `fmt.Println`"},
        ErrorCase{"\tvar f func()\n\tprintln(f == f)\n", "",
                  "5:10: error: invalid operation: `f == f` (func can only be compared to nil)"},
        ErrorCase{"\tx := h()\n\tprintln(x)\n", "func h() (int, int) { return 1, 2 }\n\n",
                  "6:2: error: assignment mismatch: 1 variable but `h()` returns 2 values"},
        ErrorCase{"\tprintln(h() + 1)\n", "func h() (int, int) { return 1, 2 }\n\n",
                  "6:10: error: multiple-value `h()` (value of type (int, int)) in single-value context"},
        ErrorCase{"\tprintln(f(1))\n", "func f(a int) int {\n\treturn\n}\n\n", "4:2: error: not enough return values"},
        ErrorCase{"\tprintln(f(1))\n", "func f(a int) int {\n\treturn 1, 2\n}\n\n", "4:12: error: too many return values"},
        ErrorCase{"\tconst c int = 1 << 62\n\tprintln(c * 4)\n", "",
                  "5:10: error: `c * 4` (constant 18446744073709551616 of type int) overflows int"},
        ErrorCase{"\tvar x int\n\tx++\n\tvar s string\n\ts++\n", "",
                  "4:6: error: declared and not used: `x`"},
        ErrorCase{"\tcontinue\n", "", "4:2: error: continue is not in a loop"},
        ErrorCase{"", "var a = f()\n\nfunc f() int {\n\treturn a\n}\n\n", "3:5: error: initialization cycle for `a`"},
        ErrorCase{"", "func init(x int) {}\n\n", "3:6: error: func `init` must have no arguments and no return values"},
        ErrorCase{"\tvar a any = 1\n\tswitch v := a.(type) {\n\tcase int:\n\t}\n", "",
                  "5:9: error: declared and not used: `v`"},
        ErrorCase{"\tvar s S = T(1)\n\t_ = s\n", "type S interface{ M() }\n\ntype T int\n\n",
                  "8:12: error: cannot use `T(1)` (constant 1 of type T) as S value in variable declaration: T does not "
                  "implement S (missing method `M`)"},
        ErrorCase{"\tf := T(1).M\n\tf()\n", "type T int\n\nfunc (*T) M() {}\n\n",
                  "8:12: error: cannot call pointer method M on T"},
        ErrorCase{"\tT.M(1)\n", "type T int\n\nfunc (*T) M() {}\n\n",
                  "8:4: error: invalid method expression `T.M` (needs pointer receiver (*T).M)"},
        ErrorCase{"\tvar t T\n\tt.N()\n", "type T int\n\nfunc (T) M() {}\n\n",
                  "9:4: error: `t.N` undefined (type T has no field or method `N`)"},
        ErrorCase{"", "type I interface {\n\tM()\n\tM()\n}\n\n", "5:2: error: duplicate method `M`"},
        ErrorCase{"\tvar x fmt.Reader\n", "", "6:12: error: undefined: fmt.Reader"},
        ErrorCase{"\tT.Foo()\n", "type T int\n\n", "6:4: error: `T.Foo` undefined (type T has no method `Foo`)"},
        ErrorCase{"", "type T interface{ _() }\n\n", "3:19: error: methods must have a unique non-blank name"},
        ErrorCase{"", "type A B\n\ntype B A\n\n", "3:6: error: invalid recursive type `A`"},
        ErrorCase{"", "type T func() U\n\ntype U T\n\n",
                  "5:6: error: unsupported: type `U` defined as `T`, whose declaration refers back to it"},
        ErrorCase{"\tn := 1\n\tf := 1.0 << n\n\tprintln(f)\n", "",
                  "5:7: error: invalid operation: shifted operand `1.0` (type float64) must be integer"}),
    // Stable names (the default prints the case's bytes, pointers included, which ctest cannot
    // find again in another process).
    [](const testing::TestParamInfo<ErrorCase> &info) { return "case" + std::to_string(info.index); });

TEST(Check, ImportsMustBeUsed) {
  auto c = check("package main\n\nimport \"os\"\n\nfunc main() {}\n");
  EXPECT_EQ(c->firstError(), "test.go:3:8: error: \"os\" imported and not used");
  c = check("package main\n\nimport o \"os\"\n\nfunc main() {}\n");
  EXPECT_EQ(c->firstError(), "test.go:3:8: error: \"os\" imported as o and not used");
  c = check("package main\n\nfunc f() {}\n");
  EXPECT_EQ(c->firstError(), "test.go:1:9: error: function `main` is undeclared in the main package");
}

TEST(Check, VariadicParameterIsASliceInTheBody) {
  auto c = check("package main\n\nfunc f(a string, xs ...int) {}\n\nfunc main() {\n\tf(\"\")\n\tf(\"\", 1, 2)\n"
                 "\tf(\"\", []int{1}...)\n}\n");
  ASSERT_TRUE(c->ok) << c->messages;
  const FunctionInfo &info = c->func("f").info;
  EXPECT_EQ(typeName(info.signature), "func(string, ...int)");
  EXPECT_TRUE(info.signature->variadic);
  EXPECT_EQ(typeName(info.params[1]->type), "[]int");
}

TEST(Check, ErrorsDoNotCascade) {
  auto c = checkMain("\tx := undefinedName + 1\n\ty := x * 2\n\tprintln(y)\n");
  EXPECT_EQ(c->messages.find("error:"), c->messages.rfind("error:")) << c->messages;
}

// ---------------------------------------------------------------------------------------------
// Every accepted e2e program: no expression reaches codegen without a final type.

namespace {

struct TypeAudit {
  std::vector<std::string> problems;
  llvm::SourceMgr *sources;

  void report(const Expr &e, const std::string &what) {
    auto [line, col] = sources->getLineAndColumn(e.range.Start);
    problems.push_back(std::to_string(line) + ":" + std::to_string(col) + ": " + what);
  }
  void expr(const Expr *e) {
    if (!e) return;
    if (!e->type) return report(*e, "no type");
    if (e->type->isUntyped()) return report(*e, "untyped " + typeName(e->type));
    if (e->type->kind == TypeKind::Invalid) return report(*e, "invalid type");
    if (auto *u = llvm::dyn_cast<Unary>(e)) expr(u->operand.get());
    if (auto *b = llvm::dyn_cast<Binary>(e)) expr(b->lhs.get()), expr(b->rhs.get());
    if (auto *p = llvm::dyn_cast<Paren>(e)) expr(p->inner.get());
    if (auto *c = llvm::dyn_cast<ImplicitConv>(e)) expr(c->operand.get());
    if (auto *t = llvm::dyn_cast<TypeAssert>(e)) expr(t->operand.get());
    if (auto *f = llvm::dyn_cast<FuncLit>(e)) stmt(*f->body);
    if (auto *c = llvm::dyn_cast<Call>(e)) {
      if (c->callKind == CallKind::Func) expr(c->callee.get());
      if (c->callKind == CallKind::Method) expr(llvm::cast<Selector>(*c->callee).base.get());
      for (auto &a : c->args) expr(a.get());
    }
  }
  void stmt(const Stmt &s) {
    if (llvm::isa<ConstDecl>(s)) return;  // computed by the compiler: its values may stay untyped
    forEachChild(s, [&](const Stmt &child) { stmt(child); }, [&](const Expr &e) { expr(&e); });
  }
};

}  // namespace

TEST(Check, E2EProgramsAreFullyTyped) {
  std::string dir = std::string(__FILE__).substr(0, std::string(__FILE__).rfind("/unit/")) + "/e2e";
  int checked = 0;
  // Like the driver, on a large stack: some programs (expr_long_chain.go) nest very deeply.
  llvm::thread worker(std::optional<unsigned>(1u << 30), [&] {
    std::error_code ec;
    for (llvm::sys::fs::directory_iterator it(dir, ec), end; it != end && !ec; it.increment(ec)) {
      if (!llvm::StringRef(it->path()).ends_with(".go")) continue;
      // As the driver does: the program's packages, the standard library's included.
      llvm::SourceMgr sources;
      std::string messages;
      llvm::raw_string_ostream out(messages);
      Diagnostics diags(sources, out);
      std::unique_ptr<Program> program = loadProgram({it->path()}, diags);
      if (!program) continue;  // programs that test failures
      TypeContext types;
      bool ok = true;
      for (auto &package : program->packages) ok = ok && checkPackage(*package, types, diags);
      if (!ok) continue;
      ++checked;
      TypeAudit audit{{}, &sources};
      for (auto &file : program->mainPackage().files) {
        for (auto &g : file->globals) audit.stmt(*g);
        for (auto &f : file->funcs) audit.stmt(*f->body);
      }
      EXPECT_TRUE(audit.problems.empty()) << it->path() << ": " << audit.problems.front();
    }
  });
  worker.join();
  EXPECT_GT(checked, 0);
}
