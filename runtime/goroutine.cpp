// The main goroutine: it runs on a thread of its own whose stack has Go's size limit, so that
// deep recursion that works under Go works here, and unbounded recursion ends as Go's does
// ("fatal error: stack overflow", status 2) instead of with a bare SIGSEGV.
#include <gc.h>  // with GC_THREADS, pthread_create registers the thread with the collector

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>

#include "runtime/minigo_runtime.h"
#include "runtime/output.h"

namespace {

constexpr size_t kGoStackLimit = 1000000000;  // Go's default maximum goroutine stack (bytes)
constexpr size_t kGuardSlack = 1 << 16;       // faults this close below the stack are overflows

uintptr_t stackLow = 0;  // lowest usable address of the main goroutine's stack
alignas(16) char signalStack[1 << 16];

void onSegv(int, siginfo_t *info, void *) {
  auto addr = reinterpret_cast<uintptr_t>(info->si_addr);
  mgrt::stdout_flush();
  if (stackLow != 0 && addr < stackLow + kGuardSlack && addr + kGuardSlack >= stackLow) {
    mgrt::stderr_write("runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n"
                       "\ngoroutine 1 [running]:\n");
  } else {
    // Generated code checks nil and bounds explicitly: any other fault is a minigo bug.
    mgrt::stderr_write("fatal error: unexpected signal during runtime execution\n[signal SIGSEGV: segmentation violation]\n");
  }
  _exit(2);
}

void *goroutineMain(void *entry) {
  stack_t alt{};
  alt.ss_sp = signalStack;
  alt.ss_size = sizeof signalStack;
  sigaltstack(&alt, nullptr);
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    void *base;
    size_t size;
    pthread_attr_getstack(&attr, &base, &size);
    stackLow = reinterpret_cast<uintptr_t>(base);
    pthread_attr_destroy(&attr);
  }
  reinterpret_cast<void (*)()>(entry)();
  return nullptr;
}

}  // namespace

extern "C" int minigo_run_main(void (*entry)(void)) {
  struct sigaction action{};
  action.sa_sigaction = onSegv;
  action.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigaction(SIGSEGV, &action, nullptr);
  sigaction(SIGBUS, &action, nullptr);
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, kGoStackLimit);  // reserved, not committed: pages come on use
  pthread_t thread;
  if (pthread_create(&thread, &attr, goroutineMain, reinterpret_cast<void *>(entry)) != 0) {
    mgrt::stderr_write("fatal error: cannot create the main goroutine's thread\n");
    return 2;
  }
  pthread_attr_destroy(&attr);
  pthread_join(thread, nullptr);
  return minigo_exit_main();
}
