// The fmt and errors functions that compiled programs call.
#include <deque>

#include <gc.h>

#include "runtime/format.h"
#include "runtime/interfaces.h"
#include "runtime/output.h"
#include "runtime/strings.h"

namespace {

// The buffer one fmt call formats into. Formatting may call an operand's String or Error method,
// compiled Go code that may call fmt itself or panic; so each call has a buffer of its own (one
// per nesting depth, kept for reuse) and hands its text on only once complete. As in Go, the
// output of a Println inside String() then comes before the outer line, and a panic out of the
// method leaves nothing half written (unwinding runs the destructor).
class Buffer {
 public:
  Buffer() : text_(take()) {}
  ~Buffer() { depth_--; }
  Buffer(const Buffer &) = delete;
  Buffer &operator=(const Buffer &) = delete;

  std::string &text() { return text_; }

 private:
  static std::string &take() {
    // A deque: a nested call adding a buffer must not move the outer calls' buffers.
    static auto *buffers = new std::deque<std::string>;  // never destroyed, like stdout's
    if (depth_ == buffers->size()) buffers->emplace_back();
    std::string &text = (*buffers)[depth_++];
    text.clear();
    return text;
  }

  static inline size_t depth_ = 0;
  std::string &text_;
};

void write_stdout(std::string_view text) {
  mgrt::stdout_buffer() += text;
  mgrt::stdout_written();
}

std::string_view format_view(const char *format, int64_t flen) {
  return {format, static_cast<size_t>(flen)};
}

}  // namespace

extern "C" {

void minigo_fmt_print(const mg_any *args, int64_t n) {
  Buffer out;
  mgrt::append_print(out.text(), args, n);
  write_stdout(out.text());
}

void minigo_fmt_println(const mg_any *args, int64_t n) {
  Buffer out;
  mgrt::append_println(out.text(), args, n);
  write_stdout(out.text());
}

void minigo_fmt_printf(const char *format, int64_t flen, const mg_any *args, int64_t n) {
  Buffer out;
  mgrt::append_printf(out.text(), format_view(format, flen), args, n);
  write_stdout(out.text());
}

mg_string minigo_fmt_sprint(const mg_any *args, int64_t n) {
  Buffer out;
  mgrt::append_print(out.text(), args, n);
  return mgrt::gc_string(out.text());
}

mg_string minigo_fmt_sprintln(const mg_any *args, int64_t n) {
  Buffer out;
  mgrt::append_println(out.text(), args, n);
  return mgrt::gc_string(out.text());
}

mg_string minigo_fmt_sprintf(const char *format, int64_t flen, const mg_any *args, int64_t n) {
  Buffer out;
  mgrt::append_printf(out.text(), format_view(format, flen), args, n);
  return mgrt::gc_string(out.text());
}

mg_any minigo_fmt_errorf(const char *format, int64_t flen, const mg_any *args, int64_t n) {
  Buffer out;
  mg_any wrapped{};
  int wraps = mgrt::append_printf(out.text(), format_view(format, flen), args, n, /*allow_wrap=*/true, &wrapped);
  // Go returns an *errors.errorString; with one %w operand a *fmt.wrapError, which Unwrap()s to
  // it; with more, a *fmt.wrapErrors (whose Unwrap() []error minigo cannot express).
  if (wraps == 0) return {&minigo_type_error_string, mgrt::gc_boxed_string(out.text())};
  if (wraps > 1) return {&mgrt::type_wrap_errors, mgrt::gc_boxed_string(out.text())};
  auto *error = static_cast<mgrt::WrapError *>(GC_MALLOC(sizeof(mgrt::WrapError)));
  error->message = mgrt::gc_string(out.text());
  error->wrapped = wrapped;
  return {&mgrt::type_wrap_error, error};
}

mg_any minigo_errors_new(const char *msg, int64_t len) {
  return {&minigo_type_error_string, mgrt::gc_boxed_string(format_view(msg, len))};
}

}  // extern "C"
