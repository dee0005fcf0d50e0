// Type descriptors of the runtime's own types, and interface comparison.
#include "runtime/interfaces.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string>

#include "runtime/numbers.h"
#include "runtime/panic.h"
#include "runtime/strings.h"

// The methods of the runtime's errors. Compiled code calls them through mg_method::code like the
// methods it compiles (`mg_string (*)(void *data)`), hence C linkage.
extern "C" {
// Error(): the data word of these errors points to their message.
static mg_string boxed_message(void *data) { return *static_cast<const mg_string *>(data); }
// Unwrap() error of *fmt.wrapError.
static mg_any wrapped_error(void *data) { return static_cast<const mgrt::WrapError *>(data)->wrapped; }
// RuntimeError(): the marker method that makes an error a runtime.Error; does nothing.
static void runtime_error_marker(void *) {}
}

namespace {

// Sorted by name, as every method table.
const mg_method kErrorMethods[] = {
    {"Error", "func() string", reinterpret_cast<void *>(&boxed_message)},
};
const mg_method kWrapErrorMethods[] = {
    {"Error", "func() string", reinterpret_cast<void *>(&boxed_message)},
    {"Unwrap", "func() error", reinterpret_cast<void *>(&wrapped_error)},
};
const mg_method kRuntimeErrorMethods[] = {
    {"Error", "func() string", reinterpret_cast<void *>(&boxed_message)},
    {"RuntimeError", "func()", reinterpret_cast<void *>(&runtime_error_marker)},
};

}  // namespace

extern "C" {
const mg_type minigo_type_bool = {MG_BOOL, "bool", nullptr, 0, 1};
const mg_type minigo_type_string = {.kind = MG_STRING, .name = "string", .size = 16, .holds_pointers = 1};
const mg_type minigo_type_error_string = {.kind = MG_ERROR_STRING, .name = "*errors.errorString",
                                   .methods = kErrorMethods, .method_count = 1, .holds_pointers = 1};
// Go's divide and nil-dereference errors are runtime.errorString values (that is what %T says).
const mg_type minigo_type_runtime_error = {.kind = MG_RUNTIME_ERROR, .name = "runtime.errorString",
                                   .methods = kRuntimeErrorMethods, .method_count = 2, .holds_pointers = 1};
}

namespace mgrt {

const mg_type type_wrap_error = {.kind = MG_ERROR_STRING, .name = "*fmt.wrapError",
                                   .methods = kWrapErrorMethods, .method_count = 2, .holds_pointers = 1};
const mg_type type_wrap_errors = {.kind = MG_ERROR_STRING, .name = "*fmt.wrapErrors",
                                   .methods = kErrorMethods, .method_count = 1, .holds_pointers = 1};
const mg_type type_assertion_error = {.kind = MG_RUNTIME_ERROR, .name = "*runtime.TypeAssertionError",
                                   .methods = kRuntimeErrorMethods, .method_count = 2, .holds_pointers = 1};
const mg_type type_panic_nil_error = {.kind = MG_RUNTIME_ERROR, .name = "*runtime.PanicNilError",
                                   .methods = kRuntimeErrorMethods, .method_count = 2, .holds_pointers = 1};
const mg_type type_bounds_error = {.kind = MG_RUNTIME_ERROR, .name = "runtime.boundsError",
                                   .methods = kRuntimeErrorMethods, .method_count = 2, .holds_pointers = 1};
const mg_type type_plain_error = {.kind = MG_RUNTIME_ERROR, .name = "runtime.plainError",
                                   .methods = kRuntimeErrorMethods, .method_count = 2, .holds_pointers = 1};
const mg_type type_unhashable_error = {.kind = MG_RUNTIME_ERROR, .name = "runtime.unhashableTypeError",
                                   .methods = kRuntimeErrorMethods, .method_count = 2, .holds_pointers = 1};

mg_any load_value(const mg_type *t, const void *addr) {
  if (is_number(t)) return load_number(t, addr);
  switch (t->kind) {
    case MG_BOOL: return {t, reinterpret_cast<void *>(uintptr_t{*static_cast<const uint8_t *>(addr)})};
    case MG_FUNC:
    case MG_POINTER:
    case MG_MAP:
    case MG_CHAN: return {t, *static_cast<void *const *>(addr)};
    case MG_INTERFACE: return *static_cast<const mg_any *>(addr);
    default: return {t, const_cast<void *>(addr)};  // strings and structs: data points to the value
  }
}

bool is_string_error(const mg_type *t) { return t == &minigo_type_runtime_error || t == &type_plain_error; }

const void *value_address(const mg_any &v) {
  switch (v.type->kind) {
    case MG_STRING:
    case MG_COMPLEX:
    case MG_STRUCT:
    case MG_ARRAY: return v.data;
    case MG_RUNTIME_ERROR: return is_string_error(v.type) ? v.data : &v.data;
    default: return &v.data;
  }
}

bool is_predeclared(const mg_type *t) {
  static const mg_type *const predeclared[] = {
      &minigo_type_int,     &minigo_type_int8,      &minigo_type_int16,      &minigo_type_int32,
      &minigo_type_int64,   &minigo_type_uint,      &minigo_type_uint8,      &minigo_type_uint16,
      &minigo_type_uint32,  &minigo_type_uint64,    &minigo_type_uintptr,    &minigo_type_float32,
      &minigo_type_float64, &minigo_type_complex64, &minigo_type_complex128, &minigo_type_bool,
      &minigo_type_string};
  return std::find(std::begin(predeclared), std::end(predeclared), t) != std::end(predeclared);
}

}  // namespace mgrt

namespace {

bool strings_equal(void *a, void *b) {
  std::string_view x = mgrt::view(*static_cast<const mg_string *>(a));
  std::string_view y = mgrt::view(*static_cast<const mg_string *>(b));
  return x == y;
}

bool structs_equal(const mg_type *t, const char *a, const char *b);
bool arrays_equal(const mg_type *t, const char *a, const char *b);

}  // namespace

extern "C" {

bool minigo_any_equal(const mg_type *t1, void *d1, const mg_type *t2, void *d2) {
  if (t1 != t2) return false;
  if (t1 == nullptr) return true;  // both nil
  // Only a comparison through interfaces reaches a type without ==: a func, or a struct or
  // array holding one.
  if (t1->uncomparable)
    mgrt::panic_runtime_error(std::string("runtime error: comparing uncomparable type ") + t1->name);
  switch (t1->kind) {  // by layout: a defined type compares as its underlying type
    case MG_INT:
    case MG_UINT:
    case MG_FLOAT:
    case MG_COMPLEX:
      return mgrt::numbers_equal({t1, d1}, {t2, d2});
    case MG_BOOL:  // only the low byte is the value
      return static_cast<uint8_t>(reinterpret_cast<uintptr_t>(d1)) ==
             static_cast<uint8_t>(reinterpret_cast<uintptr_t>(d2));
    case MG_STRING:
      return strings_equal(d1, d2);
    case MG_STRUCT:
      return structs_equal(t1, static_cast<const char *>(d1), static_cast<const char *>(d2));
    case MG_ARRAY:
      return arrays_equal(t1, static_cast<const char *>(d1), static_cast<const char *>(d2));
    case MG_RUNTIME_ERROR:
      // runtime.errorString is a string type; the other runtime errors are pointers.
      return mgrt::is_string_error(t1) ? strings_equal(d1, d2) : d1 == d2;
    default:  // *errors.errorString and other pointer-shaped errors: identity
      return d1 == d2;
  }
}

}  // extern "C"

namespace {

// Go's == on structs: field by field, blank fields aside.
bool structs_equal(const mg_type *t, const char *a, const char *b) {
  for (int64_t i = 0; i < t->field_count; ++i) {
    const mg_field &f = t->fields[i];
    if (std::string_view(f.name) == "_") continue;
    mg_any x = mgrt::load_value(f.type, a + f.offset), y = mgrt::load_value(f.type, b + f.offset);
    if (!minigo_any_equal(x.type, x.data, y.type, y.data)) return false;
  }
  return true;
}

// Go's == on arrays: element by element.
bool arrays_equal(const mg_type *t, const char *a, const char *b) {
  const mg_type *elem = t->elem;
  for (int64_t i = 0; i < t->length; ++i) {
    mg_any x = mgrt::load_value(elem, a + i * elem->size), y = mgrt::load_value(elem, b + i * elem->size);
    if (!minigo_any_equal(x.type, x.data, y.type, y.data)) return false;
  }
  return true;
}

}  // namespace
