// The goroutine trace printed after an uncaught panic: the Go frames the panic passed through,
// innermost first. Frames are recorded while the panic unwinds (the unwinder visits them
// anyway); they are named only when the trace is printed.
#pragma once

#include <cstdint>
#include <string>

namespace mgrt {

// Starts the trace of a new panic at its call site (a return address in the panicking frame).
void trace_start(uintptr_t site);
// Records a frame the unwinder is passing (its IP and canonical frame address).
void trace_frame(uintptr_t ip, uintptr_t cfa);
// "main.f(...)\n\t/path/prog.go:12\nmain.main()\n\t/path/prog.go:20\n" for the Go frames recorded
// (no line for code outside the executable file, i.e. JIT'd code).
std::string format_trace();

}  // namespace mgrt
