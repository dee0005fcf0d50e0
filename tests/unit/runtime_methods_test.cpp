// Interface values in the runtime: comparison, method calls and checks, type assertion failures,
// and the Error and String methods of defined types as fmt and panic reports call them. The types and
// their methods are built by hand here, as codegen emits them for this Go program:
//
//   type Color int      func (c Color) String() string  { return []string{"Red", "Green", "Blue"}[c] }
//   type Both int       func (Both) Error() string      { return "err-text" }
//                       func (Both) String() string     { return "str-text" }
//   type Name string    func (n Name) String() string   { return "N:" + string(n) }
//   type Square float64 func (s Square) Area() float64  { ... }  (and Perimeter)
//   type Count int; type Celsius float64; type Flag bool; type Text string; type Fn func()
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>

#include <bit>
#include <cmath>
#include <cstring>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "runtime/interfaces.h"
#include "runtime/output.h"
#include "tests/unit/runtime_support.h"

namespace {

using namespace mgtest;

// ---- the types -------------------------------------------------------------------------------

mg_string color_string(void *data) {
  static const char *const names[] = {"Red", "Green", "Blue"};
  const char *name = names[reinterpret_cast<int64_t>(data)];
  return {name, static_cast<int64_t>(std::strlen(name))};
}
mg_string both_error(void *) { return {"err-text", 8}; }
mg_string both_string(void *) { return {"str-text", 8}; }
mg_string name_string(void *data) {
  const mg_string &s = *static_cast<const mg_string *>(data);
  return minigo_string_concat("N:", 2, s.ptr, s.len);
}
double square_area(void *data) { return std::pow(std::bit_cast<double>(data), 2); }
double square_perimeter(void *data) { return 4 * std::bit_cast<double>(data); }

void *code(auto *function) { return reinterpret_cast<void *>(function); }

const mg_method color_methods[] = {{"String", "func() string", code(color_string)}};
const mg_method both_methods[] = {{"Error", "func() string", code(both_error)},
                                  {"String", "func() string", code(both_string)}};
const mg_method name_methods[] = {{"String", "func() string", code(name_string)}};
const mg_method square_methods[] = {{"Area", "func() float64", code(square_area)},
                                    {"Perimeter", "func() float64", code(square_perimeter)}};

const mg_type color_type = {MG_INT, "main.Color", color_methods, 1};
const mg_type both_type = {MG_INT, "main.Both", both_methods, 2};
const mg_type name_type = {MG_STRING, "main.Name", name_methods, 1};
const mg_type square_type = {MG_FLOAT, "main.Square", square_methods, 2};
const mg_type count_type = {MG_INT, "main.Count", nullptr, 0};
const mg_type celsius_type = {MG_FLOAT, "main.Celsius", nullptr, 0};
const mg_type flag_type = {MG_BOOL, "main.Flag", nullptr, 0};
const mg_type text_type = {MG_STRING, "main.Text", nullptr, 0};
// As codegen emits them: funcs are uncomparable.
const mg_type fn_type = {MG_FUNC, "main.Fn", nullptr, 0, 8, nullptr, nullptr, 0, 0, 1};
const mg_type func_type = {MG_FUNC, "func()", nullptr, 0, 8, nullptr, nullptr, 0, 0, 1};

mg_any of(const mg_type &t, int v) { return {&t, reinterpret_cast<void *>(static_cast<int64_t>(v))}; }
mg_any of(const mg_type &t, double v) { return {&t, std::bit_cast<void *>(v)}; }
mg_any of(const mg_type &t, std::string_view s) { return string_any(s, &t); }

// The interfaces, their methods sorted by name as codegen emits them.
const mg_method area[] = {{"Area", "func() float64", nullptr}};
const mg_method area_int[] = {{"Area", "func() int", nullptr}};
const mg_method solid[] = {{"Area", "func() float64", nullptr},
                           {"Perimeter", "func() float64", nullptr},
                           {"Volume", "func() float64", nullptr}};
const mg_method error_m[] = {{"Error", "func() string", nullptr}};
const mg_method runtime_error_m[] = {{"Error", "func() string", nullptr}, {"RuntimeError", "func()", nullptr}};
const mg_method string_m[] = {{"String", "func() string", nullptr}};
const mg_interface shape_iface = {"main.Shape", area, 1};
const mg_interface int_area_iface = {"main.I", area_int, 1};
const mg_interface solid_iface = {"main.Solid", solid, 3};
const mg_interface error_iface = {"error", error_m, 1};
const mg_interface runtime_error_iface = {"runtime.Error", runtime_error_m, 2};
const mg_interface stringer_iface = {"fmt.Stringer", string_m, 1};
const mg_interface empty_iface = {"interface {}", nullptr, 0};

class RuntimeMethods : public testing::Test {
 protected:
  void SetUp() override { minigo_init(0, nullptr); }
};

// ---- comparison, method calls and interface checks -------------------------------------------

TEST_F(RuntimeMethods, LookupFindsTheCode) {
  EXPECT_EQ(minigo_method_lookup(&square_type, "Area"), code(square_area));
  EXPECT_EQ(minigo_method_lookup(&square_type, "Perimeter"), code(square_perimeter));
  auto perimeter = reinterpret_cast<double (*)(void *)>(minigo_method_lookup(&square_type, "Perimeter"));
  EXPECT_EQ(perimeter(of(square_type, 1.5).data), 6.0);
  // The runtime's errors have Error() like any compiled error type.
  EXPECT_EQ(error_of(E("boom")), "boom");
  EXPECT_EQ(panic_message([] { minigo_method_lookup(nullptr, "Area"); }),
            "panic: runtime error: invalid memory address or nil pointer dereference");
  EXPECT_EXIT(minigo_method_lookup(&count_type, "Area"), testing::ExitedWithCode(2),
              "^fatal error: minigo: type main.Count has no method Area\n$");
}

TEST_F(RuntimeMethods, Implements) {
  EXPECT_TRUE(minigo_type_implements(&square_type, &shape_iface));
  EXPECT_FALSE(minigo_type_implements(&square_type, &solid_iface));      // Volume missing
  EXPECT_FALSE(minigo_type_implements(&square_type, &int_area_iface));   // Area has another signature
  EXPECT_FALSE(minigo_type_implements(&count_type, &shape_iface));       // no methods at all
  EXPECT_FALSE(minigo_type_implements(nullptr, &shape_iface));
  EXPECT_FALSE(minigo_type_implements(nullptr, &empty_iface));
  EXPECT_TRUE(minigo_type_implements(&count_type, &empty_iface));
  EXPECT_TRUE(minigo_type_implements(&color_type, &stringer_iface));
  EXPECT_TRUE(minigo_type_implements(&both_type, &error_iface));
  EXPECT_FALSE(minigo_type_implements(&both_type, &runtime_error_iface));
  EXPECT_TRUE(minigo_type_implements(&minigo_type_error_string, &error_iface));
  EXPECT_FALSE(minigo_type_implements(&minigo_type_error_string, &runtime_error_iface));
  EXPECT_TRUE(minigo_type_implements(&minigo_type_runtime_error, &runtime_error_iface));
  EXPECT_FALSE(minigo_type_implements(&minigo_type_string, &error_iface));
}

TEST_F(RuntimeMethods, Equality) {
  EXPECT_TRUE(minigo_any_equal(nullptr, nullptr, nullptr, nullptr));
  EXPECT_TRUE(minigo_any_equal(I(3).type, I(3).data, I(3).type, I(3).data));
  EXPECT_FALSE(minigo_any_equal(I(3).type, I(3).data, I(4).type, I(4).data));
  EXPECT_FALSE(minigo_any_equal(I(1).type, I(1).data, B(true).type, B(true).data));
  EXPECT_TRUE(minigo_any_equal(S("ab").type, S("ab").data, S("ab").type, S("ab").data));
  EXPECT_FALSE(minigo_any_equal(S("ab").type, S("ab").data, S("ac").type, S("ac").data));
  EXPECT_TRUE(minigo_any_equal(F(0.0).type, F(0.0).data, F(-0.0).type, F(-0.0).data));
  EXPECT_FALSE(minigo_any_equal(F(NAN).type, F(NAN).data, F(NAN).type, F(NAN).data));
  mg_any e1 = minigo_errors_new("x", 1), e2 = minigo_errors_new("x", 1);
  EXPECT_TRUE(minigo_any_equal(e1.type, e1.data, e1.type, e1.data));
  EXPECT_FALSE(minigo_any_equal(e1.type, e1.data, e2.type, e2.data));  // pointers
  mg_any r1 = of(minigo_type_runtime_error, "runtime error: x"), r2 = of(minigo_type_runtime_error, "runtime error: x");
  EXPECT_TRUE(minigo_any_equal(r1.type, r1.data, r2.type, r2.data));  // runtime.errorString is a string
  mg_any f = {&func_type, nullptr};
  EXPECT_FALSE(minigo_any_equal(f.type, f.data, I(1).type, I(1).data));
  EXPECT_EQ(panic_message([&] { minigo_any_equal(f.type, f.data, f.type, f.data); }),
            "panic: runtime error: comparing uncomparable type func()");
  // A defined type compares as its underlying type, and differs from it.
  mg_any c1 = of(count_type, 3), c2 = of(count_type, 3), t1 = of(text_type, "ab"), t2 = of(text_type, "ab");
  EXPECT_TRUE(minigo_any_equal(c1.type, c1.data, c2.type, c2.data));
  EXPECT_FALSE(minigo_any_equal(c1.type, c1.data, I(3).type, I(3).data));
  EXPECT_TRUE(minigo_any_equal(t1.type, t1.data, t2.type, t2.data));
  mg_any fn = of(fn_type, 0);
  EXPECT_EQ(panic_message([&] { minigo_any_equal(fn.type, fn.data, fn.type, fn.data); }),
            "panic: runtime error: comparing uncomparable type main.Fn");
}

void assert_fails(const mg_type *have, const char *iface, const char *want, const mg_interface *wantInterface) {
  minigo_panic_type_assert(have, iface, want, wantInterface);
}

TEST_F(RuntimeMethods, TypeAssertionMessages) {
  // The texts of go1.26's runtime.TypeAssertionError.
  const std::vector<std::pair<std::function<void()>, std::string>> cases = {
      {[] { assert_fails(&minigo_type_string, "interface {}", "int", nullptr); },
       "interface {} is string, not int"},
      {[] { assert_fails(nullptr, "interface {}", "int", nullptr); }, "interface {} is nil, not int"},
      {[] { assert_fails(&minigo_type_error_string, "error", "int", nullptr); },
       "error is *errors.errorString, not int"},
      {[] { assert_fails(&count_type, "interface {}", "main.Color", nullptr); },
       "interface {} is main.Count, not main.Color"},
      {[] { assert_fails(nullptr, "main.Shape", "main.Square", nullptr); }, "main.Shape is nil, not main.Square"},
      {[] { assert_fails(&count_type, "interface {}", "main.Count", nullptr); },
       "interface {} is main.Count, not main.Count (types from different scopes)"},
      {[] { assert_fails(&minigo_type_int, "interface {}", "error", &error_iface); },
       "int is not error: missing method Error"},
      {[] { assert_fails(nullptr, "interface {}", "error", &error_iface); }, "interface is nil, not error"},
      {[] { assert_fails(nullptr, "main.Shape", "main.Shape", &shape_iface); }, "interface is nil, not main.Shape"},
      {[] { assert_fails(&count_type, "interface {}", "main.Shape", &shape_iface); },
       "main.Count is not main.Shape: missing method Area"},
      {[] { assert_fails(&minigo_type_int, "interface {}", "fmt.Stringer", &stringer_iface); },
       "int is not fmt.Stringer: missing method String"},
      {[] { assert_fails(&square_type, "main.Shape", "main.Solid", &solid_iface); },
       "main.Square is not main.Solid: missing method Volume"},
      {[] { assert_fails(&square_type, "main.Shape", "main.I", &int_area_iface); },
       "main.Square is not main.I: missing method Area"},
  };
  for (const auto &[fail, want] : cases) EXPECT_EQ(panic_message(fail), "panic: interface conversion: " + want);
}

// ---- fmt -------------------------------------------------------------------------------------

TEST_F(RuntimeMethods, FmtCallsErrorAndString) {
  mg_any c = of(color_type, 1);
  mg_any both = of(both_type, 3);
  mg_any count = of(count_type, 5);
  mg_any celsius = of(celsius_type, 1.5);
  mg_any name = of(name_type, "x");
  mg_any flag = of(flag_type, 1);
  mg_any divide = of(minigo_type_runtime_error, "runtime error: integer divide by zero");
  // Expectations printed by go1.26 for the program in the header comment.
  const std::vector<FmtCase> cases = {
      {'l', "", {c, of(color_type, 2)}, "Green Blue\n"},
      {'p', "", {c, of(color_type, 2)}, "Green Blue"},
      {'p', "", {of(name_type, "a"), of(name_type, "b")}, "N:aN:b"},  // string kinds: no space
      {'f', "%v|%s|%d|%q|%x|%X|%T|%5v|%-6s|%+v|%#v|%t|", {c, c, c, c, c, c, c, c, c, c, c, c},
       "Green|Green|1|\"Green\"|477265656e|477265656E|main.Color|Green|Green |Green|1|%!t(main.Color=1)|"},
      {'f', "%v|%s|%d|%T|%#v|%q|", {both, both, both, both, both, both},  // Error() before String()
       "err-text|err-text|3|main.Both|3|\"err-text\"|"},
      {'f', "%v|%d|%T|%t|%x|%#v|%s", {count, count, count, count, count, count, count},
       "5|5|main.Count|%!t(main.Count=5)|5|5|%!s(main.Count=5)"},
      {'f', "%v|%.2f|%T|%d|%#v", {celsius, celsius, celsius, celsius, celsius},
       "1.5|1.50|main.Celsius|%!d(main.Celsius=1.5)|1.5"},
      {'f', "%v|%s|%q|%T|%#v|%d", {name, name, name, name, name, name},
       "N:x|N:x|\"N:x\"|main.Name|\"x\"|%!d(main.Name=x)"},
      {'f', "%v|%t|%T|%d", {flag, flag, flag, flag}, "true|true|main.Flag|%!d(main.Flag=true)"},
      {'f', "%d\n", {I(1), c, of(count_type, 2)}, "1\n%!(EXTRA main.Color=Green, main.Count=2)"},
      // A recovered divide error: runtime.errorString is a string type, shown as one without Error().
      {'f', "%#v|%v|%d|%s|%T", std::vector<mg_any>(5, divide),
       "\"integer divide by zero\"|runtime error: integer divide by zero|"
       "%!d(runtime.errorString=integer divide by zero)|runtime error: integer divide by zero|runtime.errorString"},
  };
  for (const FmtCase &fc : cases) EXPECT_EQ(run(fc), fc.want) << "format: " << fc.format;
  mg_any args[] = {both};
  mg_any wrapped = minigo_fmt_errorf("wrap: %w", 8, args, 1);
  EXPECT_STREQ(wrapped.type->name, "*fmt.wrapError");
  EXPECT_EQ(error_of(wrapped), "wrap: err-text");
}

// A String method that prints, as `func (s Side) String() string { fmt.Println("side"); ... }`.
mg_string side_string(void *) {
  mg_any line[] = {S("side")};
  minigo_fmt_println(line, 1);
  mg_any number[] = {I(7)};
  return minigo_fmt_sprintf("S%d", 3, number, 1);  // and formats its result with fmt
}
const mg_method side_methods[] = {{"String", "func() string", code(side_string)}};
const mg_type side_type = {MG_INT, "main.Side", side_methods, 1};

mg_string panicking_string(void *) { minigo_panic_divide(); }
const mg_method panicking_methods[] = {{"String", "func() string", code(panicking_string)}};
const mg_type panicking_type = {MG_INT, "main.Bad", panicking_methods, 1};
mg_string inner_error(void *) { panic_string("inner"); }
const mg_method inner_methods[] = {{"Error", "func() string", code(inner_error)}};
const mg_type inner_type = {MG_INT, "main.Inner", inner_methods, 1};

// What the runtime writes to stdout (fd 1, unbuffered) while this object lives.
class CapturedStdout {
 public:
  CapturedStdout() : saved_(dup(1)), file_(std::tmpfile()) { dup2(fileno(file_), 1); }
  ~CapturedStdout() {
    dup2(saved_, 1);
    close(saved_);
    std::fclose(file_);
  }
  std::string take() {  // the text written since the last take
    std::string text;
    std::rewind(file_);
    char buffer[4096];
    for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, file_)) > 0;) text.append(buffer, n);
    std::fclose(file_);
    file_ = std::tmpfile();
    dup2(fileno(file_), 1);
    return text;
  }

 private:
  int saved_;
  FILE *file_;
};

TEST_F(RuntimeMethods, FmtInsideStringMethod) {
  CapturedStdout out;
  mg_any args[] = {S("a"), of(side_type, 1), S("b")};
  minigo_fmt_println(args, 3);
  // Go prints the method's own line first: the outer line is written once it is complete.
  EXPECT_EQ(out.take(), "side\na S7 b\n");
  mg_any one[] = {of(side_type, 1)};
  EXPECT_EQ(str(minigo_fmt_sprintf("x%vy", 4, one, 1)), "xS7y");
  EXPECT_EQ(out.take(), "side\n");
}

TEST_F(RuntimeMethods, PanicInStringMethodIsRecoveredByFmt) {
  CapturedStdout out;
  mg_any args[] = {S("a"), of(panicking_type, 1)};
  minigo_fmt_println(args, 2);  // Go's catchPanic: the panic stops, and says what it was
  EXPECT_EQ(out.take(), "a %!v(PANIC=String method: runtime error: integer divide by zero)\n");
  EXPECT_EQ(mgrt::newest_panic_exception(), nullptr);  // no panic is left in progress
  mg_any verbs[] = {of(panicking_type, 1), I(2)};
  EXPECT_EQ(str(minigo_fmt_sprintf("[%5s|%d]", 8, verbs, 2)), "[%!s(PANIC=String method: runtime error: integer divide by zero)|2]");
}

// ---- panic values ----------------------------------------------------------------------------

std::string panic_value(const mg_any &v) {
  std::string out;
  mgrt::append_panic_value(out, v);
  return out;
}

TEST_F(RuntimeMethods, PanicValuesOfDefinedTypes) {
  // go1.26's panic(v) reports.
  EXPECT_EQ(panic_value(of(color_type, 1)), "Green");
  EXPECT_EQ(panic_value(of(both_type, 2)), "err-text");
  EXPECT_EQ(panic_value(of(count_type, 5)), "main.Count(5)");
  EXPECT_EQ(panic_value(of(count_type, -3)), "main.Count(-3)");
  EXPECT_EQ(panic_value(of(celsius_type, 1.5)), "main.Celsius(1.5)");
  EXPECT_EQ(panic_value(of(flag_type, 1)), "main.Flag(true)");
  EXPECT_EQ(panic_value(of(text_type, "hi \"q\"\n")), "main.Text(\"hi \"q\"\n\")");
  EXPECT_EQ(panic_value(of(fn_type, 0x4a2c90)), "(main.Fn) 0x4a2c90");
  EXPECT_EQ(uncaught_report([] {
              mg_any v = of(color_type, 2);
              minigo_panic(v.type, v.data);
            }),
            "panic: Blue\n");
}

// The entry handler on a panic with value v. Like generated landing pads, it calls the runtime
// outside a C++ catch block (the C++ runtime cannot catch a second foreign exception inside one).
void die_with(const mg_any &v) {
  void *exception = nullptr;
  try {
    minigo_panic(v.type, v.data);
  } catch (...) {
    exception = mgrt::newest_panic_exception();
  }
  minigo_panic_uncaught(exception);
}

TEST_F(RuntimeMethods, PanicWhilePrintingPanicValue) {
  // go1.26 throws: the report of the first panic is never printed.
  EXPECT_EXIT(die_with(of(panicking_type, 1)), testing::ExitedWithCode(2),
              "^fatal error: panic while printing panic value: type runtime.errorString\n\n"
              "goroutine 1 \\[running\\]:\n");
  EXPECT_EXIT(die_with(of(inner_type, 1)), testing::ExitedWithCode(2),
              "^fatal error: panic while printing panic value: inner\n\ngoroutine 1 \\[running\\]:\n");
}

}  // namespace
