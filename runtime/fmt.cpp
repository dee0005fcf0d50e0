// The fmt and errors functions that compiled programs call.
#include <algorithm>
#include <vector>

#include <gc.h>

#include "runtime/format.h"
#include "runtime/interfaces.h"
#include "runtime/output.h"
#include "runtime/strings.h"

namespace {

// The buffer one fmt call formats into. Formatting may call an operand's String or Error method,
// compiled Go code that may call fmt itself, panic, or block on a channel while other goroutines
// format; so each call has a buffer of its own, taken from a free list and given back when the
// call ends, and hands its text on only once complete. As in Go, the output of a Println inside
// String() then comes before the outer line, and a panic out of the method leaves nothing half
// written (unwinding runs the destructor).
class Buffer {
 public:
  Buffer() : text_(take()) {}
  ~Buffer() { free_list().push_back(&text_); }
  Buffer(const Buffer &) = delete;
  Buffer &operator=(const Buffer &) = delete;

  std::string &text() { return text_; }

 private:
  // Never destroyed, like stdout's buffer; the strings are kept for reuse.
  static std::vector<std::string *> &free_list() {
    static auto *buffers = new std::vector<std::string *>;
    return *buffers;
  }
  static std::string &take() {
    std::vector<std::string *> &free = free_list();
    if (free.empty()) return *new std::string;
    std::string &text = *free.back();
    free.pop_back();
    text.clear();
    return text;
  }

  std::string &text_;
};

std::string_view format_view(const char *format, int64_t flen) {
  return {format, static_cast<size_t>(flen)};
}

}  // namespace

extern "C" {

void minigo_fmt_print(const mg_any *args, int64_t n) {
  Buffer out;
  mgrt::append_print(out.text(), args, n);
  mgrt::stdout_write(out.text());
}

void minigo_fmt_println(const mg_any *args, int64_t n) {
  Buffer out;
  mgrt::append_println(out.text(), args, n);
  mgrt::stdout_write(out.text());
}

void minigo_fmt_printf(const char *format, int64_t flen, const mg_any *args, int64_t n) {
  Buffer out;
  mgrt::append_printf(out.text(), format_view(format, flen), args, n);
  mgrt::stdout_write(out.text());
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
  std::vector<int64_t> wrapped;  // the operands of %w
  mgrt::append_printf(out.text(), format_view(format, flen), args, n, &wrapped);
  // Go returns an *errors.errorString; with one %w a *fmt.wrapError, which Unwrap()s to its
  // operand (nil when that is no error); with more, a *fmt.wrapErrors.
  if (wrapped.empty()) return {&minigo_type_error_string, mgrt::gc_boxed_string(out.text())};
  auto is_error = [&](int64_t i) { return mgrt::error_method(args[i].type) != nullptr; };
  if (wrapped.size() == 1) {
    auto *error = static_cast<mgrt::WrapError *>(GC_MALLOC(sizeof(mgrt::WrapError)));
    error->message = mgrt::gc_string(out.text());
    error->wrapped = is_error(wrapped[0]) ? args[wrapped[0]] : mg_any{};
    return {&mgrt::type_wrap_error, error};
  }
  // The error operands, each once and in operand order ("%[2]w %[1]w %[1]w" wraps 1, 2).
  std::sort(wrapped.begin(), wrapped.end());
  wrapped.erase(std::unique(wrapped.begin(), wrapped.end()), wrapped.end());
  std::erase_if(wrapped, [&](int64_t i) { return !is_error(i); });
  auto *error = static_cast<mgrt::WrapErrors *>(GC_MALLOC(sizeof(mgrt::WrapErrors)));
  error->message = mgrt::gc_string(out.text());
  error->count = static_cast<int64_t>(wrapped.size());
  if (!wrapped.empty()) {
    auto *errors = static_cast<mg_any *>(GC_MALLOC(wrapped.size() * sizeof(mg_any)));
    for (size_t i = 0; i < wrapped.size(); i++) errors[i] = args[wrapped[i]];
    error->errors = errors;
  }
  return {&mgrt::type_wrap_errors, error};
}

mg_any minigo_errors_new(const char *msg, int64_t len) {
  return {&minigo_type_error_string, mgrt::gc_boxed_string(format_view(msg, len))};
}

}  // extern "C"
