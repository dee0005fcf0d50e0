// Helpers shared by the runtime's unit tests: interface values built by hand, fmt calls, and
// panics caught the way compiled code catches them.
#pragma once

#include <gtest/gtest.h>

#include <bit>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/format.h"
#include "runtime/minigo_runtime.h"
#include "runtime/panic.h"

namespace mgtest {

// ---- interface values --------------------------------------------------------------------------

inline mg_any I(int64_t v) { return {&minigo_type_int, reinterpret_cast<void *>(v)}; }
inline mg_any B(bool v) { return {&minigo_type_bool, reinterpret_cast<void *>(static_cast<uintptr_t>(v))}; }
inline mg_any F(double v) { return {&minigo_type_float64, std::bit_cast<void *>(v)}; }
inline mg_any N() { return {nullptr, nullptr}; }
inline mg_any string_any(std::string_view s, const mg_type *type = &minigo_type_string) {
  auto *box = static_cast<mg_string *>(minigo_alloc(sizeof(mg_string)));
  *box = {s.data(), static_cast<int64_t>(s.size())};
  return {type, box};
}
template <size_t Size>  // a literal's size, so that embedded NULs count
mg_any S(const char (&s)[Size]) {
  return string_any({s, Size - 1});
}
template <size_t Size>
mg_any E(const char (&s)[Size]) {
  return minigo_errors_new(s, Size - 1);
}
inline std::string str(mg_string s) { return std::string(s.ptr, static_cast<size_t>(s.len)); }

// err.Error() as compiled code calls it: through the method's code pointer.
inline std::string error_of(const mg_any &err) {
  auto error = reinterpret_cast<mg_string (*)(void *)>(minigo_method_lookup(err.type, "Error"));
  return str(error(err.data));
}

// ---- fmt ---------------------------------------------------------------------------------------

struct FmtCase {
  char mode;  // 'f' Sprintf, 'p' Sprint, 'l' Sprintln
  std::string format;
  std::vector<mg_any> args;
  std::string want;
};

inline std::string run(const FmtCase &c) {
  std::string out;
  const mg_any *args = c.args.data();
  auto n = static_cast<int64_t>(c.args.size());
  if (c.mode == 'f') mgrt::append_printf(out, c.format, args, n);
  if (c.mode == 'p') mgrt::append_print(out, args, n);
  if (c.mode == 'l') mgrt::append_println(out, args, n);
  return out;
}

// ---- panics ------------------------------------------------------------------------------------

// The program's entry: returns what an uncaught panic prints (empty without one) and then
// finishes that panic, so that the next test starts clean.
inline std::string uncaught_report(const std::function<void()> &main) {
  std::string report;
  void *exception = nullptr;
  try {
    main();
  } catch (...) {
    exception = mgrt::newest_panic_exception();
    report = mgrt::panic_report(exception);
  }
  if (exception != nullptr) {  // finish the panic as if the entry frame had recovered it
    char frame;
    minigo_panic_caught(exception, &frame);
    minigo_recover(true);
    minigo_panic_frame_done();
  }
  EXPECT_EQ(mgrt::newest_panic_exception(), nullptr);
  return report;
}

// The first line of the report of the panic that f raises.
inline std::string panic_message(const std::function<void()> &f) {
  std::string report = uncaught_report(f);
  return report.substr(0, report.find('\n'));
}

[[noreturn]] inline void panic_string(std::string_view s) {
  mg_any v = string_any(s);
  minigo_panic(v.type, v.data);
}

}  // namespace mgtest
