// Interface values inside the runtime: error kinds and the runtime's own type descriptors.
#pragma once

#include <string_view>

#include "runtime/minigo_runtime.h"

namespace mgrt {

// *fmt.wrapError: fmt.Errorf with %w (an error kind whose data -> mg_string, like errorString).
extern const mg_type type_wrap_error;
// Runtime errors other than runtime.errorString (minigo_type_runtime_error).
extern const mg_type type_assertion_error;  // *runtime.TypeAssertionError
extern const mg_type type_panic_nil_error;  // *runtime.PanicNilError

bool is_error_kind(const mg_type *t);
// err.Error() of a non-nil error value.
std::string_view error_text(const mg_type *t, void *data);

}  // namespace mgrt
