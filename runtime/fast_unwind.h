// A cached phase-2 unwinder for panics (see fast_unwind.cpp).
#pragma once

#include <cstdint>

namespace mgrt {

// Unwinds to the nearest frame with a landing pad and enters it with `exception`; returns false,
// having changed nothing, when some frame on the way needs libgcc's general unwinder.
bool fast_raise(void *exception);

// Whether `start` is the address of one of the program's Go functions (traceback.cpp).
bool is_go_function(uintptr_t start);

}  // namespace mgrt
