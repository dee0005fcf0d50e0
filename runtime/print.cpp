// builtin print/println: each call writes straight to stderr, as Go's runtime does.
#include "runtime/print.h"

#include <string_view>

#include "runtime/minigo_runtime.h"
#include "runtime/output.h"

namespace mgrt {

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

void minigo_print_bool(bool v) { mgrt::stderr_write(v ? "true" : "false"); }

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
