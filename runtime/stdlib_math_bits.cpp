// The runtime function of package math/bits (stdlib/math/bits): Go's runtime errors.
#include <string>

#include "runtime/panic.h"
#include "runtime/strings.h"

// bits.runtimeError: panics with the runtime error "runtime error: " + what, as Div64's
// quotient overflow does in Go.
extern "C" void minigo_math_bits_runtimeError(void *, mg_string what) {
  mgrt::panic_runtime_error("runtime error: " + std::string(mgrt::view(what)));
}
