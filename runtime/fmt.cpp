// The fmt and errors functions that compiled programs call.
#include "runtime/format.h"
#include "runtime/interfaces.h"
#include "runtime/output.h"
#include "runtime/strings.h"

namespace {

// The Sprint family formats into one reused buffer, then copies the result to the GC heap once.
std::string &scratch() {
  static std::string buffer;
  buffer.clear();
  return buffer;
}

std::string_view format_view(const char *format, int64_t flen) {
  return {format, static_cast<size_t>(flen)};
}

}  // namespace

extern "C" {

void minigo_fmt_print(const mg_any *args, int64_t n) {
  mgrt::append_print(mgrt::stdout_buffer(), args, n);
  mgrt::stdout_written();
}

void minigo_fmt_println(const mg_any *args, int64_t n) {
  mgrt::append_println(mgrt::stdout_buffer(), args, n);
  mgrt::stdout_written();
}

void minigo_fmt_printf(const char *format, int64_t flen, const mg_any *args, int64_t n) {
  mgrt::append_printf(mgrt::stdout_buffer(), format_view(format, flen), args, n);
  mgrt::stdout_written();
}

mg_string minigo_fmt_sprint(const mg_any *args, int64_t n) {
  std::string &out = scratch();
  mgrt::append_print(out, args, n);
  return mgrt::gc_string(out);
}

mg_string minigo_fmt_sprintln(const mg_any *args, int64_t n) {
  std::string &out = scratch();
  mgrt::append_println(out, args, n);
  return mgrt::gc_string(out);
}

mg_string minigo_fmt_sprintf(const char *format, int64_t flen, const mg_any *args, int64_t n) {
  std::string &out = scratch();
  mgrt::append_printf(out, format_view(format, flen), args, n);
  return mgrt::gc_string(out);
}

mg_any minigo_fmt_errorf(const char *format, int64_t flen, const mg_any *args, int64_t n) {
  std::string &out = scratch();
  bool wraps = mgrt::append_printf(out, format_view(format, flen), args, n, /*allow_wrap=*/true);
  // With a %w operand Go returns a *fmt.wrapError, otherwise an *errors.errorString.
  const mg_type *type = wraps ? &mgrt::type_wrap_error : &minigo_type_error_string;
  return {type, mgrt::gc_boxed_string(out)};
}

mg_any minigo_errors_new(const char *msg, int64_t len) {
  return {&minigo_type_error_string, mgrt::gc_boxed_string(format_view(msg, len))};
}

}  // extern "C"
