// Type descriptors, interface comparison, type assertion failures and Error().
#include "runtime/interfaces.h"

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>

#include "runtime/panic.h"
#include "runtime/strings.h"

extern "C" {
const mg_type minigo_type_int = {MG_INT, "int"};
const mg_type minigo_type_bool = {MG_BOOL, "bool"};
const mg_type minigo_type_string = {MG_STRING, "string"};
const mg_type minigo_type_float64 = {MG_FLOAT64, "float64"};
const mg_type minigo_type_error_string = {MG_ERROR_STRING, "*errors.errorString"};
// Go's divide and nil-dereference errors are runtime.errorString values (that is what %T says).
const mg_type minigo_type_runtime_error = {MG_RUNTIME_ERROR, "runtime.errorString"};
}

namespace mgrt {

const mg_type type_wrap_error = {MG_ERROR_STRING, "*fmt.wrapError"};
const mg_type type_assertion_error = {MG_RUNTIME_ERROR, "*runtime.TypeAssertionError"};
const mg_type type_panic_nil_error = {MG_RUNTIME_ERROR, "*runtime.PanicNilError"};

bool is_error_kind(const mg_type *t) {
  return t != nullptr && (t->kind == MG_ERROR_STRING || t->kind == MG_RUNTIME_ERROR);
}

std::string_view error_text(const mg_type *, void *data) {
  return view(*static_cast<const mg_string *>(data));
}

}  // namespace mgrt

namespace {

bool strings_equal(void *a, void *b) {
  std::string_view x = mgrt::view(*static_cast<const mg_string *>(a));
  std::string_view y = mgrt::view(*static_cast<const mg_string *>(b));
  return x == y;
}

}  // namespace

extern "C" {

bool minigo_any_equal(const mg_type *t1, void *d1, const mg_type *t2, void *d2) {
  if (t1 != t2) return false;
  if (t1 == nullptr) return true;  // both nil
  switch (t1->kind) {
    case MG_INT:
      return d1 == d2;
    case MG_BOOL:  // only the low byte is the value
      return static_cast<uint8_t>(reinterpret_cast<uintptr_t>(d1)) ==
             static_cast<uint8_t>(reinterpret_cast<uintptr_t>(d2));
    case MG_FLOAT64:  // NaN != NaN, 0 == -0
      return std::bit_cast<double>(d1) == std::bit_cast<double>(d2);
    case MG_STRING:
      return strings_equal(d1, d2);
    case MG_FUNC:
      mgrt::panic_runtime_error(std::string("runtime error: comparing uncomparable type ") + t1->name);
    case MG_RUNTIME_ERROR:
      // runtime.errorString is a string type; the other runtime errors are pointers.
      return t1 == &minigo_type_runtime_error ? strings_equal(d1, d2) : d1 == d2;
    default:  // *errors.errorString and other pointer-shaped errors: identity
      return d1 == d2;
  }
}

bool minigo_type_implements_error(const mg_type *t) { return mgrt::is_error_kind(t); }

void minigo_panic_type_assert(const mg_type *have, const char *iface, const char *want,
                              bool wantIsInterface) {
  // The forms of Go's runtime.TypeAssertionError.Error().
  std::string message = "interface conversion: ";
  if (wantIsInterface) {
    if (have == nullptr) {
      message += std::string("interface is nil, not ") + want;
    } else {
      // error is the only interface with methods, so Error is what is missing.
      message += std::string(have->name) + " is not " + want + ": missing method Error";
    }
  } else {
    message += std::string(iface) + " is " + (have ? have->name : "nil") + ", not " + want;
  }
  mgrt::panic_runtime_error(message, &mgrt::type_assertion_error);
}

mg_string minigo_error_message(const mg_type *t, void *data) {
  if (t == nullptr) minigo_panic_nil();
  return *static_cast<const mg_string *>(data);
}

}  // extern "C"
