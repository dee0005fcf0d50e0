// The main goroutine: it runs on a stack of Go's size limit, so that deep recursion that works
// under Go works here, and unbounded recursion ends as Go's does ("fatal error: stack overflow",
// status 2) instead of with a bare SIGSEGV.
//
// It stays on the process's main thread: the stack is switched (as the scheduler switches
// goroutines, stack_switch.h) to a 1 GB mapping whose pages the kernel provides on use, and the
// collector is told where the stack now is. A
// second thread would put Boehm GC into its multi-threaded mode, with a lock on every
// allocation and signals to stop the world. The other goroutines (scheduler.cpp) run on the
// same thread, on stacks of their own; when main.main returns the program ends, whatever they
// are doing.
#include <gc.h>

#include <signal.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>

#include "runtime/minigo_runtime.h"
#include "runtime/output.h"
#include "runtime/scheduler.h"
#include "runtime/stack_switch.h"

// ASan must be told when the stack changes: before a panic unwinds, it clears the poison of the
// frames it skips, which it finds from the current stack's bounds (false reports otherwise).
#ifdef __SANITIZE_ADDRESS__
#include <sanitizer/common_interface_defs.h>
#endif

namespace {

constexpr size_t kGoStackLimit = 1000000000;  // Go's default maximum goroutine stack (bytes)
constexpr size_t kGuard = 1 << 16;            // inaccessible bytes below the stack

uintptr_t guardLow = 0, guardHigh = 0;  // faults here are stack overflows
constexpr size_t kSignalStack = 1 << 16;
void (*goroutineEntry)(void);
char *goroutineStackLo, *goroutineStackHi;
void *threadSp, *mainSp;  // the thread's own stack while main runs; main's once it has ended

void onSegv(int, siginfo_t *info, void *) {
  auto addr = reinterpret_cast<uintptr_t>(info->si_addr);
  if (addr >= guardLow && addr < guardHigh) {
    mgrt::stderr_write("runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n"
                       "\ngoroutine 1 [running]:\n");
  } else {
    // Generated code checks nil and bounds explicitly: any other fault is a minigo bug.
    mgrt::stderr_write("fatal error: unexpected signal during runtime execution\n[signal SIGSEGV: segmentation violation]\n");
  }
  _exit(2);
}

void installOverflowHandler() {
  // Mapped, not a static array: the collector scans static data as roots at every collection,
  // and the signal stack holds no pointers of the program's.
  static void *signalStack = mmap(nullptr, kSignalStack, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  stack_t alt{};
  alt.ss_sp = signalStack;
  alt.ss_size = kSignalStack;
  sigaltstack(&alt, nullptr);
  struct sigaction action{};
  action.sa_sigaction = onSegv;
  action.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigaction(SIGSEGV, &action, nullptr);
  sigaction(SIGBUS, &action, nullptr);
}

void *setStackBottom(void *base) {
  GC_set_stackbottom(nullptr, static_cast<GC_stack_base *>(base));
  return nullptr;
}

#ifdef __SANITIZE_ADDRESS__
const void *callerStack;
size_t callerStackSize;
#endif

[[noreturn]] void runGoroutine(void *) {
#ifdef __SANITIZE_ADDRESS__
  __sanitizer_finish_switch_fiber(nullptr, &callerStack, &callerStackSize);
#endif
  mgrt::enter_main_goroutine(goroutineStackLo, goroutineStackHi);
  goroutineEntry();
  mgrt::leave_main_goroutine();
#ifdef __SANITIZE_ADDRESS__
  __sanitizer_start_switch_fiber(nullptr, callerStack, callerStackSize);  // back for good
#endif
  minigo_switch_stacks(&mainSp, threadSp);
  __builtin_unreachable();
}

}  // namespace

extern "C" int minigo_run_main(void (*entry)(void)) {
  size_t size = kGoStackLimit + kGuard;
  void *mapping = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
  if (mapping == MAP_FAILED) {
    mgrt::stderr_write("fatal error: cannot map the main goroutine's stack\n");
    return 2;
  }
  mprotect(mapping, kGuard, PROT_NONE);
  guardLow = reinterpret_cast<uintptr_t>(mapping);
  guardHigh = guardLow + kGuard;
  installOverflowHandler();

  GC_stack_base original, goroutine{static_cast<char *>(mapping) + size};
  GC_get_my_stackbottom(&original);
  goroutineEntry = entry;
  goroutineStackLo = static_cast<char *>(mapping) + kGuard;
  goroutineStackHi = static_cast<char *>(mapping) + size;
  void *start = mgrt::new_goroutine_frame(goroutineStackHi, runGoroutine, nullptr);
  GC_call_with_alloc_lock(setStackBottom, &goroutine);
#ifdef __SANITIZE_ADDRESS__
  void *fakeStack = nullptr;
  __sanitizer_start_switch_fiber(&fakeStack, static_cast<char *>(mapping) + kGuard, kGoStackLimit);
#endif
  minigo_switch_stacks(&threadSp, start);
#ifdef __SANITIZE_ADDRESS__
  __sanitizer_finish_switch_fiber(fakeStack, nullptr, nullptr);
#endif
  GC_call_with_alloc_lock(setStackBottom, &original);
  return 0;  // main.main returned
}
