// Go panics raised through the Itanium unwinder (see the protocol in minigo_runtime.h).
#pragma once

#include <string>
#include <string_view>

#include "runtime/minigo_runtime.h"

namespace mgrt {

// Panics with a runtime error (data: the message as mg_string*), such as
// "runtime error: integer divide by zero".
[[noreturn]] void panic_runtime_error(std::string_view message,
                                      const mg_type *type = &minigo_type_runtime_error);

// Go's printpanicval: "boom", "42", "+1.500000e+000", "(func()) 0x4a2c90".
void append_panic_value(std::string &out, const mg_any &value);
// What an uncaught panic prints before the goroutine trace: the chain oldest first
// ("panic: first [recovered]\n\tpanic: second\n"), plus a signal line for nil dereferences.
std::string panic_report(void *exception);

// Stops the newest panic, which a `catch (...)` of the runtime caught before it reached a Go
// frame (fmt's catchPanic), as if recovered, and returns its value.
mg_any stop_caught_panic();

// The exception object of the newest panic: what a landing pad receives. For tests, which
// catch panics with C++ `catch (...)` and so cannot see the exception object.
void *newest_panic_exception();

// Each goroutine has its own panics and recover state (scheduler.cpp switches them with the
// goroutine; generated code only sees minigo_recover_token, which switch_panic_state swaps).
struct PanicState;
PanicState *main_panic_state();
PanicState *new_panic_state();
void reset_panic_state(PanicState *state);  // for a new goroutine that reuses an ended one's
void switch_panic_state(PanicState *to);

}  // namespace mgrt
