// fmt's printing of the runtime's errors where it does not call their Error method: with %#v,
// with a verb that takes no string, and in an unexported field.
#include <cstddef>

#include "runtime/interfaces.h"
#include "runtime/printer.h"
#include "runtime/strings.h"

namespace mgrt {

namespace {

// The Go structs that errors.New's and fmt.Errorf's errors point to, for fmt to show their
// fields. Their layouts are those of the data the runtime allocates for them.
const mg_type kErrorInterface = {.kind = MG_INTERFACE, .name = "error", .size = sizeof(mg_any)};
const mg_field kErrorStringFields[] = {{"s", &minigo_type_string, 0, 0}};
const mg_type kErrorString = {.kind = MG_STRUCT, .name = "errors.errorString", .size = sizeof(mg_string),
                              .fields = kErrorStringFields, .field_count = 1};
const mg_field kWrapErrorFields[] = {
    {"msg", &minigo_type_string, offsetof(WrapError, message), 0},
    {"err", &kErrorInterface, offsetof(WrapError, wrapped), 0},
};
const mg_type kWrapError = {.kind = MG_STRUCT, .name = "fmt.wrapError", .size = sizeof(WrapError),
                            .fields = kWrapErrorFields, .field_count = 2};
// fmt.wrapErrors{msg string; errs []error}: the slice is shown by hand (fmt_wrap_errors).
const mg_field kWrapErrorsMessage = {"msg", &minigo_type_string, offsetof(WrapErrors, message), 0};

}  // namespace

// &errors.errorString{s:"boom"} at the top level; inside a struct or array, the address, as
// for any pointer.
void Printer::fmt_error_pointer(const mg_any &arg, char32_t verb, int depth) {
  if (depth > 0) return fmt_pointer(reinterpret_cast<uintptr_t>(arg.data), verb, arg);
  if (arg.type == &type_wrap_errors) return fmt_wrap_errors(arg, verb);
  out_ += '&';
  fmt_struct({arg.type == &type_wrap_error ? &kWrapError : &kErrorString, arg.data}, verb, depth + 1);
}

// &fmt.wrapErrors{msg:"a b", errs:[]error{...}}. The errors print as an array of them would
// (minigo has no slice type), but for a nil slice's []error(nil).
void Printer::fmt_wrap_errors(const mg_any &arg, char32_t verb) {
  const auto *error = static_cast<const WrapErrors *>(arg.data);
  constexpr int kFieldDepth = 2;  // inside the pointer and the struct
  out_ += '&';
  if (f_.sharpV) out_ += "fmt.wrapErrors";
  out_ += '{';
  field_prefix(0, kWrapErrorsMessage.name);
  print_field(kWrapErrorsMessage, static_cast<const char *>(arg.data), verb, kFieldDepth);
  field_prefix(1, "errs");
  if (f_.sharpV && error->count == 0) {
    out_ += "[]error(nil)";
  } else {
    const mg_type errors = {.kind = MG_ARRAY, .name = "[]error",
                            .size = error->count * static_cast<int64_t>(sizeof(mg_any)),
                            .elem = &kErrorInterface, .length = error->count, .holds_pointers = 1};
    bool saved = hidden_;
    hidden_ = true;  // an unexported field: fmt does not call its elements' methods
    fmt_array({&errors, const_cast<mg_any *>(error->errors)}, verb, kFieldDepth);
    hidden_ = saved;
  }
  out_ += '}';
}

// runtime.errorString (and plainError) is a string: its text without the "runtime error: " prefix. The other
// runtime errors print as &{message}, not as Go's structs.
void Printer::fmt_runtime_error(const mg_any &arg, char32_t verb) {
  std::string_view text = view(*static_cast<const mg_string *>(arg.data));
  if (is_string_error(arg.type)) {
    constexpr std::string_view kPrefix = "runtime error: ";
    if (text.substr(0, kPrefix.size()) == kPrefix) text.remove_prefix(kPrefix.size());
    fmt_string_verb(text, verb, arg.type->name);
    return;
  }
  out_ += "&{";
  fmt_string_verb(text, verb, "string");
  out_ += '}';
}

}  // namespace mgrt
