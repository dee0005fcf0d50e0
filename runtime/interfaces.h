// Interface values inside the runtime: the runtime's own type descriptors and method sets.
#pragma once

#include <optional>
#include <string_view>

#include "runtime/minigo_runtime.h"

namespace mgrt {

// *fmt.wrapError: fmt.Errorf with one %w. Its data points to a WrapError (the message first, as
// the other errors' data points to their message).
struct WrapError {
  mg_string message;
  mg_any wrapped;
};
extern const mg_type type_wrap_error;
// *fmt.wrapErrors: fmt.Errorf with several %w. Its data points to a WrapErrors. Go's
// Unwrap() []error is missing (minigo has no slices); fmt prints the errors.
struct WrapErrors {
  mg_string message;
  int64_t count;
  const mg_any *errors;  // the error operands of %w, in operand order; null when none
};
extern const mg_type type_wrap_errors;
// Runtime errors other than runtime.errorString (minigo_type_runtime_error).
extern const mg_type type_assertion_error;  // *runtime.TypeAssertionError
extern const mg_type type_panic_nil_error;  // *runtime.PanicNilError
extern const mg_type type_bounds_error;     // runtime.boundsError: an index out of range
extern const mg_type type_plain_error;      // runtime.plainError: "assignment to entry in nil map"
extern const mg_type type_unhashable_error;  // runtime.unhashableTypeError: a map key's dynamic type

// The value of type t stored at addr (a struct's field), as an interface holds it.
mg_any load_value(const mg_type *t, const void *addr);

// Is t one of the runtime's errors whose Go type is a string (runtime.errorString, plainError)?
bool is_string_error(const mg_type *t);

// Where the value a non-nil interface holds lies in memory as a value of its dynamic type: in
// the data word itself for the kinds the word holds directly, else where the data word points.
const void *value_address(const mg_any &v);

// One of the runtime's descriptors of int, bool, string, float64 (not a type defined on them).
bool is_predeclared(const mg_type *t);

// The method `name` of t (non-null), whatever its signature; null if t has none.
const mg_method *find_method(const mg_type *t, const char *name);
// t's method Error() string, which makes its values errors; null if it has none (or t is null).
const mg_method *error_method(const mg_type *t);
// The method whose result fmt's %v (handleMethods) and an uncaught panic (preprintpanics) print
// for a value of dynamic type t: Error() string if t has it, else String() string; else null.
const mg_method *text_method(const mg_type *t);
// t's method `name` if it has the signature `func() string` (GoString for %#v); else null.
const mg_method *string_method(const mg_type *t, const char *name);
// Calls a `func() string` method. It is compiled Go code: it may call fmt itself, or panic (the
// panic unwinds through the caller).
std::string_view call_string_method(const mg_method *m, void *data);
// text_method's result, called; nothing if there is none.
std::optional<std::string_view> method_text(const mg_type *t, void *data);

}  // namespace mgrt
