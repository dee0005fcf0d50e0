// The goroutine trace printed after an uncaught panic: the Go frames the panic passed through,
// innermost first. Each panic records its frames while it unwinds (the unwinder visits them
// anyway); they are named only when the trace is printed.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace mgrt {

struct Trace {
  struct Frame {
    uintptr_t ip;
    uintptr_t cfa;  // 0 for the call site of a panic that did not unwind its own frame
  };
  static constexpr int kMaxFrames = 100;  // Go also stops after 100 frames
  Frame frames[kMaxFrames];
  int count = 0;

  // Starts at the panic's call site (a return address in the panicking frame).
  void start(uintptr_t site);
  // Records a frame the unwinder is passing (its IP and canonical frame address), once.
  void add(uintptr_t ip, uintptr_t cfa);
};

// "main.f(...)\n\t/path/prog.go:12\nmain.main()\n\t/path/prog.go:20\n" for the Go frames among
// `frames` (a trace's, innermost first).
std::string format_trace(const std::vector<Trace::Frame> &frames);

// The last lines of a goroutine's trace: "created by main.main in goroutine 1\n\t/path/prog.go:28\n",
// for the go statement whose call of minigo_go returns to `return_address` (empty if that is not
// in a Go function).
std::string format_creator(uintptr_t return_address, int64_t creator_id);

}  // namespace mgrt
