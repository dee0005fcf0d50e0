// The formatting state of one fmt call: fmt's `pp` and `fmt` types in one. Internal to
// format.cpp (operands, Printf), format_verbs.cpp (the verbs of each value kind) and the
// format_*.cpp files named below.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/minigo_runtime.h"

namespace mgrt {

constexpr std::string_view kLowerDigits = "0123456789abcdefx";
constexpr std::string_view kUpperDigits = "0123456789ABCDEFX";

struct Flags {
  bool plus = false, minus = false, sharp = false, space = false, zero = false;
  bool plusV = false, sharpV = false;  // %+v and %#v
  bool widPresent = false, precPresent = false;
  int wid = 0, prec = 0;
};

class Printer {
 public:
  explicit Printer(std::string &out) : out_(out) {}

  void print(const mg_any *args, int64_t n);
  void println(const mg_any *args, int64_t n);
  void printf(std::string_view format, const mg_any *args, int64_t n, std::vector<int64_t> *wrapped);

 private:
  void print_arg(const mg_any &arg, char32_t verb);
  void print_value(const mg_any &arg, char32_t verb, int depth);
  // format_composite.cpp: structs, arrays, slices, pointers and funcs
  void fmt_struct(const mg_any &arg, char32_t verb, int depth);
  void field_prefix(int64_t index, const char *name);
  void print_field(const mg_field &field, const char *base, char32_t verb, int depth);
  void fmt_array(const mg_any &arg, char32_t verb, int depth);
  void fmt_slice(const mg_any &arg, char32_t verb, int depth);
  void fmt_elements(const mg_type *t, const char *base, int64_t n, char32_t verb, int depth);
  void print_element(const mg_type *t, const char *addr, char32_t verb, int depth);
  // format_map.cpp: maps, sorted by key
  void fmt_map(const mg_any &arg, char32_t verb, int depth);
  void print_nil_interface(const mg_type *static_type);
  void fmt_pointer_value(const mg_any &arg, char32_t verb, int depth);
  void fmt_pointer(uintptr_t u, char32_t verb, const mg_any &arg);
  // format_methods.cpp: Error, String and GoString
  bool handle_methods(const mg_any &arg, char32_t verb);
  void catch_panic(const mg_any &arg, const char *method, char32_t verb);
  // format_errors.cpp: the runtime's errors where fmt does not call Error()
  void fmt_error_pointer(const mg_any &arg, char32_t verb, int depth);
  void fmt_wrap_errors(const mg_any &arg, char32_t verb);
  void fmt_runtime_error(const mg_any &arg, char32_t verb);
  // The verbs of the int and float64 kinds; arg: the operand, for a bad-verb report.
  void fmt_integer_verb(const mg_any &arg, char32_t verb);
  void fmt_float_verb(const mg_any &arg, char32_t verb);
  void fmt_complex_verb(const mg_any &arg, char32_t verb);
  void fmt_string_verb(std::string_view s, char32_t verb, const char *type_name);
  void bad_verb(char32_t verb, const mg_any &arg);
  void bad_verb_begin(char32_t verb, const char *type_name);
  void bad_verb_end();

  // The primitives of fmt/format.go.
  void write_padding(int n);
  void pad(std::string_view s);
  void fmt_integer(uint64_t u, int base, bool is_signed, char32_t verb, std::string_view digits);
  void fmt_float(double v, char verb, int prec, int bit_size);
  // One float (a float's value, a complex's part) for one of the float verbs.
  void fmt_float_for_verb(double v, char32_t verb, int bit_size);
  void fmt_s(std::string_view s);
  void fmt_sx(std::string_view s, std::string_view digits);
  void fmt_q(std::string_view s);
  void fmt_c(uint64_t c);
  void fmt_qc(uint64_t c);
  void fmt_unicode(uint64_t u);
  std::string_view truncate(std::string_view s) const;

  std::string &out_;
  Flags f_;
  bool erroring_ = false;  // inside a bad-verb report: values print without their methods
  bool hidden_ = false;    // inside an unexported field: values print without their methods
  bool panicking_ = false;  // printing the value of a panic that a method raised
};

}  // namespace mgrt
