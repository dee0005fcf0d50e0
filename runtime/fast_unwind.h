// A cached phase-2 unwinder for panics (see fast_unwind.cpp).
#pragma once

#include <cstdint>

namespace mgrt {

struct Trace;

// Unwinds to the nearest frame with a landing pad and enters it with `exception`, adding the
// frames it passes to `trace`. Returns false, having unwound nothing (only `trace` and the rule
// cache have grown), when some frame on the way needs libgcc's general unwinder.
bool fast_raise(void *exception, Trace &trace);

// Whether `start` is the address of one of the program's Go functions, or of the entry function
// that catches uncaught panics (traceback.cpp).
bool is_go_function(uintptr_t start);

}  // namespace mgrt
