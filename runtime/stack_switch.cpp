// The machine-level half of goroutines (x86-64 SysV): switching stacks, a goroutine's first
// frame, and __morestack, which the split-stack prologue of every Go function calls when the
// stack pointer goes below the limit the scheduler keeps at %fs:0x70.
//
// The switch saves only the callee-saved registers: every caller of it is compiled code that
// assumes the others clobbered. MXCSR and the x87 control word are not saved: minigo never
// changes them. It resumes with pop+jmp, not ret: a ret into another stack's return address
// mispredicts the return stack buffer on every switch (measured 2.5 ns against 14+ per switch).
#include "runtime/stack_switch.h"

extern "C" {
void minigo_goroutine_trampoline();
[[noreturn]] void minigo_stack_overflow();
}

asm(R"(
  .text
  .globl minigo_switch_stacks
  .type minigo_switch_stacks, @function
minigo_switch_stacks:
  pushq %rbp
  pushq %rbx
  pushq %r12
  pushq %r13
  pushq %r14
  pushq %r15
  movq %rsp, (%rdi)
  movq %rsi, %rsp
  popq %r15
  popq %r14
  popq %r13
  popq %r12
  popq %rbx
  popq %rbp
  popq %rcx
  jmpq *%rcx
  .size minigo_switch_stacks, .-minigo_switch_stacks

# The first frame of every goroutine: r12 = the function to run, r13 = its argument. The return
# address is undefined, so unwinders (libgcc's and the runtime's own) stop here.
  .globl minigo_goroutine_trampoline
  .type minigo_goroutine_trampoline, @function
minigo_goroutine_trampoline:
  .cfi_startproc
  .cfi_undefined rip
  movq %r13, %rdi
  callq *%r12
  ud2
  .cfi_endproc
  .size minigo_goroutine_trampoline, .-minigo_goroutine_trampoline

# Called by a split-stack prologue whose frame would go below the limit. The stack is never
# grown (goroutine stacks are fixed): it reports Go's stack overflow, using the red zone below
# the limit.
  .globl __morestack
  .type __morestack, @function
__morestack:
  andq $-16, %rsp
  callq minigo_stack_overflow
  ud2
  .size __morestack, .-__morestack

# The large code model's prologue calls __morestack through this pointer.
  .section .data.rel.ro,"aw"
  .globl __morestack_addr
  .type __morestack_addr, @object
  .p2align 3
__morestack_addr:
  .quad __morestack
  .size __morestack_addr, 8
  .text
)");

namespace mgrt {

// Laid out as minigo_switch_stacks leaves a suspended goroutine: the six callee-saved registers
// (r15 first), then the address to resume at, the trampoline's.
void *new_goroutine_frame(char *stack_hi, void (*start)(void *), void *arg) {
  // After the seven words are popped the trampoline runs with rsp 16-byte aligned, as at a
  // call site, so its call gives `start` the ABI's alignment.
  auto *top = reinterpret_cast<uint64_t *>(reinterpret_cast<uintptr_t>(stack_hi) & ~uintptr_t{15});
  uint64_t *sp = top - 7;
  sp[0] = 0;                                      // r15
  sp[1] = 0;                                      // r14
  sp[2] = reinterpret_cast<uint64_t>(arg);        // r13
  sp[3] = reinterpret_cast<uint64_t>(start);      // r12
  sp[4] = 0;                                      // rbx
  sp[5] = 0;                                      // rbp
  sp[6] = reinterpret_cast<uint64_t>(&minigo_goroutine_trampoline);
  return sp;
}

// glibc reserves this word of the thread control block for split stacks; LLVM's split-stack
// prologue compares the stack pointer with it. Zero (the default) disables the check.
void set_stack_limit(uintptr_t limit) { asm volatile("movq %0, %%fs:0x70" : : "r"(limit) : "memory"); }

}  // namespace mgrt
