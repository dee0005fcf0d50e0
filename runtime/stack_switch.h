// The machine-level half of goroutines (stack_switch.cpp), shared by the scheduler and the main
// goroutine's entry (goroutine.cpp): one way to switch stacks for both.
#pragma once

#include <cstdint>

extern "C" {
// Saves the running goroutine's registers on its stack and its stack pointer in *save_sp, then
// resumes the goroutine suspended at load_sp (or starts one laid out by new_goroutine_frame).
void minigo_switch_stacks(void **save_sp, void *load_sp);
}

namespace mgrt {

// Lays out a new stack below stack_hi so that switching to the returned stack pointer calls
// start(arg), which must never return, from a first frame where unwinders stop.
void *new_goroutine_frame(char *stack_hi, void (*start)(void *), void *arg);
// The stack limit LLVM's split-stack prologues check (0: none).
void set_stack_limit(uintptr_t limit);

}  // namespace mgrt
