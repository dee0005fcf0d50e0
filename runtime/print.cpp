// builtin print/println: each call writes straight to stderr, as Go's runtime does.
#include "runtime/print.h"

#include <charconv>
#include <cstring>
#include <string_view>

#include "runtime/minigo_runtime.h"
#include "runtime/output.h"
#include "runtime/strconv.h"

namespace mgrt {

void append_runtime_float(std::string &out, double v) {
  // Since Go 1.26 the runtime prints floats as strconv's shortest 'g' form: 1.5, 1e+21, -0.
  if (!append_non_finite(out, v)) append_float(out, v, 'g', -1);
}

void append_hex(std::string &out, uint64_t v) {
  char buf[16];
  int i = sizeof buf;
  do {
    buf[--i] = "0123456789abcdef"[v % 16];
    v /= 16;
  } while (v != 0);
  out += "0x";
  out.append(buf + i, sizeof buf - i);
}

}  // namespace mgrt

namespace {

// One reused buffer: print can sit in a program's hot loop.
std::string &scratch() {
  static std::string s;
  s.clear();
  return s;
}

}  // namespace

extern "C" {

void minigo_print_int(int64_t v) {
  char buf[24];
  auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
  mgrt::stderr_write(std::string_view(buf, static_cast<size_t>(end - buf)));
}

void minigo_print_bool(bool v) { mgrt::stderr_write(v ? "true" : "false"); }

void minigo_print_float(double v) {
  std::string &s = scratch();
  mgrt::append_runtime_float(s, v);
  mgrt::stderr_write(s);
}

void minigo_print_string(const char *p, int64_t n) {
  mgrt::stderr_write(std::string_view(p, static_cast<size_t>(n)));
}

void minigo_print_pointer(void *p) {
  std::string &s = scratch();
  mgrt::append_hex(s, reinterpret_cast<uintptr_t>(p));
  mgrt::stderr_write(s);
}

void minigo_print_any(const mg_type *t, void *data) {
  std::string &s = scratch();
  s += '(';
  mgrt::append_hex(s, reinterpret_cast<uintptr_t>(t));
  s += ',';
  mgrt::append_hex(s, reinterpret_cast<uintptr_t>(data));
  s += ')';
  mgrt::stderr_write(s);
}

void minigo_print_space(void) { mgrt::stderr_write(" "); }

void minigo_print_newline(void) { mgrt::stderr_write("\n"); }

}  // extern "C"
