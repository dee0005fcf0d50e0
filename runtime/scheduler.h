// Goroutines: 1:N on the process's main thread, each on a stack of its own, switched by hand
// (stack_switch.cpp). Only a channel, select, sync or `go` operation switches; nothing preempts.
#pragma once

#include <cstdint>

struct mg_defer;

namespace mgrt {

struct PanicState;  // panic.cpp: a goroutine's panics and handlers

struct G {
  void *sp;  // while suspended: where its callee-saved registers and resume address are
  char *stack_lo, *stack_hi;
  void (*entry)(void *);
  void *arg;  // GC memory the goroutine keeps reachable (G structs are uncollectable)
  int64_t id;
  // Where the go statement that started it is: the return address of its minigo_go call, and
  // the goroutine that made it (0 for main).
  uintptr_t created_at;
  int64_t creator_id;
  const char *wait_reason;  // while parked: Go's name for what it waits for ("chan receive")
  PanicState *panics;
  mg_defer *defer_pool;  // records of chained defers that have run, for reuse (defer.cpp)
  int64_t defer_pool_size;
  G *link;      // run queue or free list
  G *all_next;  // every live goroutine but main, for the collector and the deadlock report
  G *all_prev;
  // Set by whoever wakes a parked goroutine: whether the operation completed (false when a
  // close woke it), and which select case fired.
  bool woken_ok;
  int64_t fired_case;
};

// The running goroutine.
G *current();
// Makes g runnable; it runs next, before the rest of the run queue (Go's runnext).
void ready(G *g);
// Suspends the running goroutine until someone readies it. With nothing else runnable every
// goroutine is asleep: the program dies with Go's deadlock error.
void park(const char *wait_reason);

// minigo_run_main's stack for the main goroutine: its usable range, as the scheduler must know it.
void enter_main_goroutine(char *stack_lo, char *stack_hi);
void leave_main_goroutine();

[[noreturn]] void fatal(const char *message);

}  // namespace mgrt
