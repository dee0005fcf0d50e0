// The runtime linked into compiled programs: fmt, print formats, strings, and the
// panic/defer/recover machinery driven through the landing-pad protocol.
#include <gtest/gtest.h>

#include <bit>
#include <climits>
#include <cmath>
#include <functional>
#include <string>
#include <vector>

#include "runtime/format.h"
#include "runtime/minigo_runtime.h"
#include "runtime/numbers.h"
#include "runtime/panic.h"
#include "runtime/print.h"
#include "tests/unit/runtime_support.h"

namespace {

using namespace mgtest;

const mg_type func_type = {MG_FUNC, "func()", nullptr, 0};

// ---- fmt ---------------------------------------------------------------------------------------

TEST(RuntimeFmt, MatchesGo) {
  minigo_init(0, nullptr);
  // Expectations printed by go1.26's fmt.Sprintf / Sprint / Sprintln with the same operands.
  const std::vector<FmtCase> cases = {
    {'l', "", {F(1.5), F(1e+21), F(1e+20), F(1e-07), F(100000), F(1.234567e+06), F(3.14), F(1.23456789e+08), F(0.0001), F(1e-05), F(0), F(-0.0), F(5e-324), F(1.7976931348623157e+308), F(0.3333333333333333), F(0.6666666666666666), F(100), F(1e+06), F(999999), F(123456.7)}, "1.5 1e+21 1e+20 1e-07 100000 1.234567e+06 3.14 1.23456789e+08 0.0001 1e-05 0 -0 5e-324 1.7976931348623157e+308 0.3333333333333333 0.6666666666666666 100 1e+06 999999 123456.7\012"},
    {'l', "", {F(INFINITY), F(-INFINITY), F(NAN), I(42), I(-7), B(true), B(false), S("s"), N(), E("boom")}, "+Inf -Inf NaN 42 -7 true false s <nil> boom\012"},
    {'l', "", {}, "\012"},
    {'p', "", {S("a"), I(1), I(2), S("b"), S("c"), F(3.5), B(true), B(false), N(), E("boom"), N(), S("x")}, "a1 2bc3.5 true false <nil> boom <nil>x"},
    {'p', "", {I(1), I(2), I(3)}, "1 2 3"},
    {'p', "", {S("a"), S("b")}, "ab"},
    {'p', "", {}, ""},
    {'f', "%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%b|%#b|%O", {I(42), I(42), I(42), I(-42), I(42), I(42), I(255), I(255), I(255), I(8), I(8), I(5), I(5), I(8)}, "42|   42|42   |-0042|+42| 42|ff|FF|0xff|10|010|101|0b101|0o10"},
    {'f', "%.3d|%.0d|%5.0d|%08.3d|%-+6d|%+ d|% 05d|%x|%#X", {I(7), I(0), I(0), I(5), I(3), I(3), I(3), I(-255), I(-255)}, "007||     |     005|+3    |+3| 0003|-ff|-0XFF"},
    {'f', "%c|%c|%q|%q|%#q|%+q|%U|%#U|%c|%q|%-4c|", {I(65), I(19990), I(120), I(3), I(121), I(233), I(65), I(19990), I(-1), I(1114112), I(122)}, "A|\344\270\226|'x'|'\\x03'|'y'|'\\u00e9'|U+0041|U+4E16 '\344\270\226'|\357\277\275|'\357\277\275'|z   |"},
    {'f', "%d %d", {I(INT64_MIN), I(9223372036854775807)}, "-9223372036854775808 9223372036854775807"},
    {'f', "%s|%10s|%-10s|%.2s|%q|%x|%X|% x|%#x|%# X|%5.1s|%05s|%.1q", {S("hi"), S("hi"), S("hi"), S("hello"), S("a\"b\012\001\177\303\251\302\255\360\237\230\200"), S("hi"), S("hi"), S("hi"), S("hi"), S("hi"), S("h\303\251llo"), S("ab"), S("h\303\251llo")}, "hi|        hi|hi        |he|\"a\\\"b\\n\\x01\\x7f\303\251\\u00ad\360\237\230\200\"|6869|6869|68 69|0x6869|0X68 0X69|    h|000ab|\"h\""},
    {'f', "%s|%x|%q|%10q|%-8x|", {S(""), S(""), S(""), S("a"), S("a")}, "||\"\"|       \"a\"|61      |"},
    {'f', "%q|%+q|%#q|%#q|%q", {S("\303\251\011"), S("\303\251\342\230\272"), S("b`"), S("tab\011here"), S("\377\376")}, "\"\303\251\\t\"|\"\\u00e9\\u263a\"|\"b`\"|`tab\011here`|\"\\xff\\xfe\""},
    {'f', "%t|%v|%6t|%-7t|", {B(true), B(false), B(true), B(false)}, "true|false|  true|false  |"},
    {'f', "%f|%.2f|%8.3f|%-8.2f|%+.1f|%e|%.3e|%g|%.3g|%E|%G", {F(3.14159), F(3.14159), F(3.14159), F(3.14159), F(3.14159), F(314.159), F(314.159), F(314.159), F(314.159), F(1e+100), F(1e-10)}, "3.141590|3.14|   3.142|3.14    |+3.1|3.141590e+02|3.142e+02|314.159|314|1.000000E+100|1E-10"},
    {'f', "%5.1f|%05.1f|%08.3f|% .2f|%+e|%x|%X|%x|%.2x", {F(-2.345), F(2.345), F(-3.14159), F(2), F(0), F(1), F(3.5), F(-0.1), F(1)}, " -2.3|002.3|-003.142| 2.00|+0.000000e+00|0x1p+00|0X1.CP+01|-0x1.999999999999ap-04|0x1.00p+00"},
    {'f', "%6.2v|%.3v|%10v|%-10v|%+v|%+v|%#v|%#v", {F(3.14159), S("hello"), F(1.5), B(true), I(5), F(1.5), S("q"), I(7)}, "   3.1|hel|       1.5|true      |5|1.5|\"q\"|7"},
    {'f', "%.0f %.0f %.0f %g %g %.1f %.1f", {F(0.5), F(1.5), F(2.5), F(1e-05), F(123456), F(0.05), F(0.25)}, "0 2 2 1e-05 123456 0.1 0.2"},
    {'f', "%10.3e|%-12g|%012.4g|%+.3g|%g|%g|%.10g", {F(12345.678), F(1.5), F(-1.5), F(1), F(1e+21), F(1e-300), F(0.3333333333333333)}, " 1.235e+04|1.5         |-000000001.5|+1|1e+21|1e-300|0.3333333333"},
    {'f', "%f|%5f|%-6f|%06f|%+f|% f|%e|%g|%v", {F(INFINITY), F(INFINITY), F(-INFINITY), F(INFINITY), F(INFINITY), F(NAN), F(NAN), F(-INFINITY), F(NAN)}, "+Inf| +Inf|-Inf  |  +Inf|+Inf| NaN|NaN|-Inf|NaN"},
    {'f', "%+f|% f|%05f|%.1e|%.0e", {F(NAN), F(INFINITY), F(NAN), F(9.96), F(5.5)}, "+NaN| Inf|  NaN|1.0e+01|6e+00"},
    {'f', "%d %s", {S("hi"), I(3)}, "%!d(string=hi) %!s(int=3)"},
    {'f', "%d %d", {I(1)}, "1 %!d(MISSING)"},
    {'f', "%d\012", {I(1), I(3), S("x"), N(), E("boom")}, "1\012%!(EXTRA int=3, string=x, <nil>, *errors.errorString=boom)"},
    {'f', "%v|%s|%d|%q|%x|%10v|%-6s|%T", {E("boom"), E("boom"), E("boom"), E("boom"), E("boom"), E("boom"), E("boom"), E("boom")}, "boom|boom|&{%!d(string=boom)}|\"boom\"|626f6f6d|      boom|boom  |*errors.errorString"},
    {'f', "%v|%d|%s|%T|%T|%T|%T|%T|%5T|", {N(), N(), N(), N(), I(1), S("s"), F(2.5), B(true), N()}, "<nil>|%!d(<nil>)|%!s(<nil>)|<nil>|int|string|float64|bool|<nil>|"},
    {'f', "%!|%z|%", {I(3)}, "%!!(int=3)|%!z(MISSING)|%!(NOVERB)"},
    {'f', "%t %s %p %p", {I(1), B(true), I(5), S("s")}, "%!t(int=1) %!s(bool=true) %!p(int=5) %!p(string=s)"},
    {'f', "%q %d %x %o %e", {I(3), F(2.5), B(true), S("s"), I(7)}, "'\\x03' %!d(float64=2.5) %!x(bool=true) %!o(string=s) %!e(int=7)"},
    {'f', "%5d|%-5s|%05q", {S("hi"), I(7), F(1.5)}, "%!d(string=   hi)|%!s(int=7    )|%!q(float64=001.5)"},
    {'f', "%*d|%-*d|%.*f|%*d|%.*d", {I(5), I(1), I(5), I(2), I(2), F(3.14159), I(-4), I(9), I(-1), I(8)}, "    1|2    |3.14|9   |%!(BADPREC)8"},
    {'f', "%*d|%.*d", {S("x"), I(1), F(1.5), I(2)}, "%!(BADWIDTH)1|%!(BADPREC)2"},
    {'f', "%[2]d %[1]d|%[3]d|%[x]d|%[1]*d|%[2]", {I(1), I(2)}, "2 1|%!d(BADINDEX)|%!d(BADINDEX)|2|%!(NOVERB)"},
    {'f', "%d %[1]d %d", {I(10), I(20)}, "10 10 20"},
    {'f', "%%|%5%|%-5%|%c", {I(97)}, "%|%|%|a"},
    {'f', "100%% done %s", {S("now")}, "100% done now"},
    {'f', "%w", {E("boom")}, "%!w(*errors.errorString=&{boom})"},
    {'f', "%v %v %v %v", {F(2), F(1e+301), F(0), F(1e-320)}, "2 1e+301 0 1e-320"},
    {'f', "%x|%X|%x|%.3x|%10.2X|% x|%#x", {S("h\303\251llo"), S("\377"), I(255), S("abcdef"), S("xyz"), S(""), S("")}, "68c3a96c6c6f|FF|ff|616263|      7879||"},
    {'f', "%08.3e|%-08d|%+08.2f|%08s|%-8q|%x", {F(-1234.5678), I(42), F(3.14159), S("go"), S("go"), I(-1)}, "-1.235e+03|42      |+0003.14|000000go|\"go\"    |-1"},
    {'f', "%3.1g|%.0g|%g|%g|%g|%G", {F(0.0001234), F(123), F(1.2345e-05), F(1e+06), F(999999.9), F(1e-07)}, "0.0001|1e+02|1.2345e-05|1e+06|999999.9|1E-07"},
    {'f', "%s", {}, "%!s(MISSING)"},
    {'f', "", {I(1)}, "%!(EXTRA int=1)"},
    {'f', "%d%%", {I(50)}, "50%"},
    {'f', "%.d|%.f|%.s|%.e", {I(0), F(2.5), S("abc"), F(1.5)}, "|2||2e+00"},
    {'f', "%U|%.6U|%08U|%q|%+q|%c", {I(-1), I(65), I(65), I(128512), I(128512), I(55296)}, "U+FFFFFFFFFFFFFFFF|U+000041|  U+0041|'\360\237\230\200'|'\\U0001f600'|\357\277\275"},
  };
  for (const FmtCase &c : cases) EXPECT_EQ(run(c), c.want) << "format: " << c.format;
}

TEST(RuntimeFmt, FuncValuesPrintTheirAddress) {
  mg_any f = {&func_type, reinterpret_cast<void *>(0x4a2c90)};
  EXPECT_EQ(run({'f', "%v|%p|%d|%s|%T", {f, f, f, f, f}, ""}),
            "0x4a2c90|0x4a2c90|4861072|%!s(func()=0x4a2c90)|func()");
  EXPECT_EQ(run({'l', "", {mg_any{&func_type, nullptr}}, ""}), "<nil>\n");
}

TEST(RuntimeFmt, ErrorfAndErrorsNew) {
  mg_any wrapped = minigo_errors_new("inner", 5);
  mg_any args[] = {I(3), wrapped};
  mg_any e = minigo_fmt_errorf("n=%d: %w", 8, args, 2);
  EXPECT_EQ(error_of(e), "n=3: inner");
  EXPECT_STREQ(e.type->name, "*fmt.wrapError");
  mg_any plain = minigo_fmt_errorf("x%d", 3, args, 1);
  EXPECT_EQ(plain.type, &minigo_type_error_string);
  EXPECT_EQ(error_of(plain), "x3");
  mg_any bad[] = {I(1)};
  mg_any notwrapped = minigo_fmt_errorf("%w", 2, bad, 1);
  EXPECT_EQ(error_of(notwrapped), "%!w(int=1)");
}

TEST(RuntimeFmt, SprintReturnsGcStrings) {
  mg_any args[] = {S("a"), I(1), I(2)};
  EXPECT_EQ(str(minigo_fmt_sprint(args, 3)), "a1 2");
  EXPECT_EQ(str(minigo_fmt_sprintln(args, 3)), "a 1 2\n");
  EXPECT_EQ(str(minigo_fmt_sprintf("%s-%d", 5, args, 2)), "a-1");
}

// ---- print -------------------------------------------------------------------------------------

std::string runtime_number(const mg_any &v) {
  std::string out;
  mgrt::append_runtime_number(out, v);
  return out;
}

std::string runtime_float(double v) { return runtime_number(F(v)); }

TEST(RuntimePrint, FloatsUseGoRuntimeFormat) {
  // Expectations from go1.26's println (strconv's shortest 'g' form since Go 1.26).
  EXPECT_EQ(runtime_float(1.5), "1.5");
  EXPECT_EQ(runtime_float(-0.000123), "-0.000123");
  EXPECT_EQ(runtime_float(1e300), "1e+300");
  EXPECT_EQ(runtime_float(0.0), "0");
  EXPECT_EQ(runtime_float(-0.0), "-0");
  EXPECT_EQ(runtime_float(123456789.0), "1.23456789e+08");
  EXPECT_EQ(runtime_float(0.1), "0.1");
  EXPECT_EQ(runtime_float(1.0 / 3), "0.3333333333333333");
  EXPECT_EQ(runtime_float(9.9999999), "9.9999999");
  EXPECT_EQ(runtime_float(5e-324), "5e-324");
  EXPECT_EQ(runtime_float(1.7976931348623157e308), "1.7976931348623157e+308");
  EXPECT_EQ(runtime_float(INFINITY), "+Inf");
  EXPECT_EQ(runtime_float(-INFINITY), "-Inf");
  EXPECT_EQ(runtime_float(NAN), "NaN");
}

TEST(RuntimePrint, SizedNumbers) {
  // Expectations from go1.26's println.
  EXPECT_EQ(runtime_number({&minigo_type_float32, reinterpret_cast<void *>(uintptr_t{std::bit_cast<uint32_t>(0.1f)})}), "0.1");
  EXPECT_EQ(runtime_number({&minigo_type_uint64, reinterpret_cast<void *>(~uintptr_t{0})}), "18446744073709551615");
  EXPECT_EQ(runtime_number({&minigo_type_int8, reinterpret_cast<void *>(intptr_t{-5})}), "-5");
  double c[] = {1, -2.5};
  EXPECT_EQ(runtime_number({&minigo_type_complex128, c}), "(1-2.5i)");
  float c64[] = {0.1f, 3};
  EXPECT_EQ(runtime_number({&minigo_type_complex64, c64}), "(0.1+3i)");
}

TEST(RuntimePrint, Hex) {
  std::string out;
  mgrt::append_hex(out, 0);
  out += ' ';
  mgrt::append_hex(out, 0xc000012345);
  EXPECT_EQ(out, "0x0 0xc000012345");
}

// ---- strings -----------------------------------------------------------------------------------

TEST(RuntimeStrings, ConcatAndCompare) {
  EXPECT_EQ(str(minigo_string_concat("ab", 2, "cd", 2)), "abcd");
  EXPECT_EQ(str(minigo_string_concat("", 0, "cd", 2)), "cd");
  EXPECT_EQ(str(minigo_string_concat("ab", 2, "", 0)), "ab");
  EXPECT_EQ(minigo_string_compare("ab", 2, "ab", 2), 0);
  EXPECT_LT(minigo_string_compare("ab", 2, "abc", 3), 0);
  EXPECT_GT(minigo_string_compare("b", 1, "abc", 3), 0);
  EXPECT_LT(minigo_string_compare("a\x01", 2, "a\xff", 2), 0);  // bytes compare unsigned
  EXPECT_EQ(minigo_string_compare("", 0, "", 0), 0);
}

// ---- the landing-pad protocol, from C++ ---------------------------------------------------------

// A deferred call: `can` is what minigo_recover_token_take gave it at entry.
using Deferred = std::function<void(bool can)>;

// Mimics a compiled function with defers: a panic in the body or in a deferred call lands in the
// frame's one landing pad, which then runs the remaining deferred calls and asks frame_done.
void run_frame(const std::function<void()> &body, const std::vector<Deferred> &defers) {
  char frame;
  bool panicking = false;
  auto invoke = [&](const std::function<void()> &call) {
    try {
      call();
    } catch (...) {  // the catch-all clause of the landing pad
      minigo_panic_caught(mgrt::newest_panic_exception(), &frame);
      panicking = true;
    }
  };
  invoke(body);
  for (auto d = defers.rbegin(); d != defers.rend(); ++d) {
    const void *self = &*d;  // stands for the deferred function's code pointer
    if (panicking) minigo_recover_token = const_cast<void *>(self);
    invoke([&] { (*d)(minigo_recover_token_take(const_cast<void *>(self))); });
  }
  if (panicking) minigo_panic_frame_done();
}

TEST(RuntimePanic, UncaughtReport) {
  EXPECT_EQ(uncaught_report([] { panic_string("first"); }), "panic: first\n");
  EXPECT_EQ(uncaught_report([] { minigo_panic(&minigo_type_int, reinterpret_cast<void *>(-7)); }),
            "panic: -7\n");
  EXPECT_EQ(uncaught_report([] { minigo_panic(F(1.5).type, F(1.5).data); }), "panic: 1.5\n");
  EXPECT_EQ(uncaught_report([] { minigo_panic(B(true).type, B(true).data); }), "panic: true\n");
  EXPECT_EQ(uncaught_report([] { minigo_panic(&func_type, reinterpret_cast<void *>(0x4a2c90)); }),
            "panic: (func()) 0x4a2c90\n");
  EXPECT_EQ(uncaught_report([] {
              mg_any e = minigo_errors_new("boom", 4);
              minigo_panic(e.type, e.data);
            }),
            "panic: boom\n");
  EXPECT_EQ(uncaught_report([] { minigo_panic_divide(); }),
            "panic: runtime error: integer divide by zero\n");
  EXPECT_EQ(uncaught_report([] { minigo_panic_nil(); }),
            "panic: runtime error: invalid memory address or nil pointer dereference\n"
            "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
  EXPECT_EQ(uncaught_report([] { minigo_panic(nullptr, nullptr); }),
            "panic: panic called with nil argument\n");
}

TEST(RuntimePanic, RecoverStopsThePanic) {
  mg_any got = N();
  std::vector<std::string> ran;
  EXPECT_EQ(uncaught_report([&] {
              run_frame([] { panic_string("first"); },
                        {[&](bool) { ran.push_back("outer"); },
                         [&](bool can) { got = minigo_recover(can); },
                         [&](bool) { ran.push_back(minigo_recover(false).type ? "bad" : "inner"); }});
            }),
            "");
  EXPECT_EQ(ran, (std::vector<std::string>{"inner", "outer"}));
  ASSERT_EQ(got.type, &minigo_type_string);
  EXPECT_EQ(str(*static_cast<mg_string *>(got.data)), "first");
}

TEST(RuntimePanic, RecoverReturnsNilWithoutPanicOrTwice) {
  mg_any first = N(), second = I(1), normal = I(1);
  uncaught_report([&] {
    run_frame([] {}, {[&](bool can) { normal = minigo_recover(can); }});
    run_frame([] { panic_string("first"); }, {[&](bool can) {
                first = minigo_recover(can);
                second = minigo_recover(can);
              }});
  });
  EXPECT_EQ(normal.type, nullptr);
  EXPECT_NE(first.type, nullptr);
  EXPECT_EQ(second.type, nullptr);
}

TEST(RuntimePanic, DeferredPanicSupersedes) {
  EXPECT_EQ(uncaught_report([] {
              run_frame([] { panic_string("first"); }, {[](bool) { panic_string("second"); }});
            }),
            "panic: first\n\tpanic: second\n");
}

TEST(RuntimePanic, RecoverThenPanicInSameDeferredCall) {
  EXPECT_EQ(uncaught_report([] {
              run_frame([] { panic_string("first"); }, {[](bool can) {
                          minigo_recover(can);
                          panic_string("second");
                        }});
            }),
            "panic: first [recovered]\n\tpanic: second\n");
}

TEST(RuntimePanic, PanicInLaterDeferredCallForgetsRecoveredOne) {
  // Go: once the recovering deferred call has returned, the recovered panic is gone.
  EXPECT_EQ(uncaught_report([] {
              run_frame([] { panic_string("first"); },
                        {[](bool) { panic_string("second"); }, [](bool can) { minigo_recover(can); }});
            }),
            "panic: second\n");
}

TEST(RuntimePanic, RecoveredPanicsStayWhileTheirDeferredCallRuns) {
  // Each deferred call recovers, then panics from inside itself (Go prints the whole chain).
  EXPECT_EQ(uncaught_report([] {
              run_frame([] { panic_string("A"); }, {[](bool can) {
                          minigo_recover(can);
                          run_frame([] { panic_string("B"); }, {[](bool can) {
                                      minigo_recover(can);
                                      run_frame([] { panic_string("C"); }, {[](bool can) {
                                                  minigo_recover(can);
                                                  panic_string("D");
                                                }});
                                    }});
                        }});
            }),
            "panic: A [recovered]\n\tpanic: B [recovered]\n\tpanic: C [recovered]\n\tpanic: D\n");
}

TEST(RuntimePanic, RecoveredInCalleeThenCallerPanicsAgain) {
  // f's deferred calls: recover "first", then panic "second"; main recovers "second" and panics
  // "third". go1.26 prints: panic: second [recovered] / panic: third.
  EXPECT_EQ(uncaught_report([] {
              run_frame(
                  [] {
                    run_frame([] { panic_string("first"); },
                              {[](bool) { panic_string("second"); }, [](bool can) { minigo_recover(can); }});
                  },
                  {[](bool can) {
                    minigo_recover(can);
                    panic_string("third");
                  }});
            }),
            "panic: second [recovered]\n\tpanic: third\n");
}

TEST(RuntimePanic, UncaughtExitsWithStatus2) {
  EXPECT_EXIT(
      {
        try {
          panic_string("boom");
        } catch (...) {
          minigo_panic_uncaught(mgrt::newest_panic_exception());
        }
      },
      testing::ExitedWithCode(2), "^panic: boom\n\ngoroutine 1 \\[running\\]:\n");
  EXPECT_EXIT(minigo_os_exit(3), testing::ExitedWithCode(3), "");
}

TEST(RuntimePanic, UnrecoveredPanicUnwindsToOuterFrame) {
  std::vector<std::string> ran;
  mg_any got = N();
  uncaught_report([&] {
    run_frame(
        [&] {
          run_frame([] { minigo_panic_divide(); }, {[&](bool) {
                      ran.push_back("inner");
                      EXPECT_EQ(minigo_recover(false).type, nullptr);
                    }});
          ran.push_back("not reached");
        },
        {[&](bool can) { got = minigo_recover(can); }});
    ran.push_back("after");
  });
  EXPECT_EQ(ran, (std::vector<std::string>{"inner", "after"}));
  ASSERT_EQ(got.type, &minigo_type_runtime_error);
  EXPECT_EQ(error_of(got), "runtime error: integer divide by zero");
}

TEST(RuntimePanic, NestedPanicRecoveredInsideDeferredCall) {
  // A deferred call that recovers its own inner panic leaves the outer panic untouched.
  EXPECT_EQ(uncaught_report([] {
              run_frame([] { panic_string("outer"); }, {[](bool) {
                          run_frame([] { panic_string("inner"); },
                                    {[](bool can) { EXPECT_NE(minigo_recover(can).type, nullptr); }});
                        }});
            }),
            "panic: outer\n");
}

// ---- defer chains --------------------------------------------------------------------------------

// A deferred call's operands live in its record: here one int64_t.
std::vector<int64_t> defer_log;
void log_thunk(void *env) { defer_log.push_back(*static_cast<int64_t *>(env)); }
void panicking_thunk(void *) { minigo_panic_divide(); }

void push_logged(mg_defer **head, int64_t value, void *token = nullptr) {
  *static_cast<int64_t *>(minigo_defer_push(head, log_thunk, sizeof value, token)) = value;
}

TEST(RuntimeDefer, RunsNewestFirstAndPopsBeforeCalling) {
  defer_log.clear();
  mg_defer *head = nullptr;
  for (int64_t i = 1; i <= 3; i++) push_logged(&head, i);
  minigo_defer_run(&head, false);
  EXPECT_EQ(defer_log, (std::vector<int64_t>{3, 2, 1}));
  EXPECT_EQ(head, nullptr);

  // Records are reused, and come back zeroed, whatever size is asked for.
  void *env = minigo_defer_push(&head, log_thunk, 16, nullptr);
  EXPECT_EQ(static_cast<int64_t *>(env)[0], 0);
  EXPECT_EQ(static_cast<int64_t *>(env)[1], 0);
  int64_t *big = static_cast<int64_t *>(minigo_defer_push(&head, log_thunk, 1000, nullptr));
  EXPECT_EQ(big[999 / 8], 0);
  minigo_defer_run(&head, false);

  defer_log.clear();
  push_logged(&head, 1);
  minigo_defer_push(&head, panicking_thunk, 0, nullptr);
  push_logged(&head, 3, reinterpret_cast<void *>(&log_thunk));
  EXPECT_EQ(uncaught_report([&] {
              // The landing pad runs the chain again after the panicking record: 1 still runs.
              run_frame([&] { minigo_defer_run(&head, false); }, {[&](bool) { minigo_defer_run(&head, true); }});
            }),
            "panic: runtime error: integer divide by zero\n");
  EXPECT_EQ(defer_log, (std::vector<int64_t>{3, 1}));
}

}  // namespace
