// The goroutine scheduler: a FIFO run queue plus Go's runnext slot, direct G-to-G switches (no
// scheduler stack), pooled fixed-size stacks, and what the collector must be told about them.
//
// Everything runs on the process's main thread and switches only where a goroutine blocks,
// yields or spawns, so the runtime's shared state (stdout, the panic pool, caches) needs no lock,
// and a collection only starts inside an allocation of the running goroutine. No switch may
// happen inside a C++ catch block: libstdc++'s caught-exception stack is per thread.
#include "runtime/scheduler.h"

#include <gc.h>
#include <gc/gc_mark.h>

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <string>

#ifdef __SANITIZE_ADDRESS__
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#endif

#include "runtime/minigo_runtime.h"
#include "runtime/output.h"
#include "runtime/panic.h"
#include "runtime/stack_switch.h"
#include "runtime/timers.h"

namespace mgrt {
namespace {

// 64 MB per goroutine, reserved and committed by the kernel as touched: deep recursion works
// (100k frames of up to 600 bytes) while page tables stay about one 4 KB page per live goroutine
// that stays shallow (one per 2 MB touched, and one per 16 goroutines for the 1 GB level). No guard
// pages (a VMA each: vm.max_map_count stops them at ~32k goroutines); the split-stack check
// stops a goroutine kRedZone above the end, room for the runtime's own deepest work (a
// collection or an unwind touches under 5 KB).
constexpr size_t kStackSize = size_t{64} << 20;
constexpr size_t kRedZone = 32 << 10;
constexpr size_t kStacksPerChunk = 64;  // one mmap serves 64 goroutines
constexpr size_t kMaxWarmStacks = 4096;  // see warm_gs
constexpr size_t kCoolingBatch = 256;    // see cooling
// Without preemption a loop of `go` statements would keep every new goroutine alive until the
// spawner blocks (406 MB for 100k): it yields once per this many (4 MB then).
constexpr int kSpawnsPerYield = 256;

G main_g{.id = 1};
G *running = &main_g;
G *runnext = nullptr;  // runs before the queue: a goroutine the running one readied
G *queue_head = nullptr, *queue_tail = nullptr;
G *all_gs = nullptr;     // live goroutines other than main
int64_t live_count = 1;  // main's included
int64_t next_id = 2;
int spawns_since_block = 0;
// Ended goroutines, kept with their stacks for reuse, most recent first: its stack's pages are
// still in memory and cache. Past kMaxWarmStacks, the pages of further ones are given back and
// those are reused last.
G *warm_gs = nullptr;
size_t warm_count = 0;
G *cold_gs = nullptr;
// Ended goroutines past kMaxWarmStacks gather here until kCoolingBatch have, and then give their
// pages back with one madvise per run of adjacent stacks: the system call costs more than its
// work for a stack that touched a page or two (17 us each, measured on this VM).
G *cooling[kCoolingBatch];
size_t cooling_count = 0;
G *ended = nullptr;    // the goroutine that ended in the last switch, released once off its stack
char *chunk_next = nullptr, *chunk_end = nullptr;
void *gc_thread = nullptr;
GC_push_other_roots_proc previous_push_roots = nullptr;

void enqueue(G *g) {
  g->link = nullptr;
  if (queue_tail) queue_tail->link = g;
  else queue_head = g;
  queue_tail = g;
}

G *next_runnable() {
  fire_due_timers();  // sleeps that are over, and timers' channels, may ready goroutines
  if (G *g = runnext) {
    runnext = nullptr;
    return g;
  }
  G *g = queue_head;
  if (g) {
    queue_head = g->link;
    if (!queue_head) queue_tail = nullptr;
  }
  return g;
}

// The stacks of the goroutines that are not running, from where each was suspended (its saved
// registers are there) to its top; the running one's is the collector's own thread stack.
void push_goroutine_stacks() {
  for (G *g = all_gs; g; g = g->all_next)
    if (g != running) GC_push_all_eager(g->sp, g->stack_hi);
  if (running != &main_g && main_g.sp) GC_push_all_eager(main_g.sp, main_g.stack_hi);
  if (previous_push_roots) previous_push_roots();
}

char *new_stack() {
  if (chunk_next == chunk_end) {
    size_t size = kStackSize * kStacksPerChunk;
    void *chunk = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (chunk == MAP_FAILED) fatal("runtime: cannot allocate goroutine stack");
    chunk_next = static_cast<char *>(chunk);
    chunk_end = chunk_next + size;
  }
  char *stack = chunk_next;
  chunk_next += kStackSize;
  return stack;
}

G *new_g() {
  if (G *g = warm_gs) {
    warm_gs = g->link;
    warm_count--;
    return g;
  }
  if (cooling_count > 0) return cooling[--cooling_count];
  if (G *g = cold_gs) {
    cold_gs = g->link;
    return g;
  }
  // Uncollectable: the collector scans it (entry argument), and only the scheduler frees it.
  auto *g = static_cast<G *>(GC_MALLOC_UNCOLLECTABLE(sizeof(G)));
  g->stack_lo = new_stack();
  g->stack_hi = g->stack_lo + kStackSize;
  g->panics = new_panic_state();
  return g;
}

void give_back_cooling() {
  std::sort(cooling, cooling + cooling_count, [](const G *a, const G *b) { return a->stack_lo < b->stack_lo; });
  for (size_t first = 0, end; first < cooling_count; first = end) {
    for (end = first + 1; end < cooling_count && cooling[end]->stack_lo == cooling[end - 1]->stack_hi; ++end) {}
    madvise(cooling[first]->stack_lo, static_cast<size_t>(cooling[end - 1]->stack_hi - cooling[first]->stack_lo), MADV_DONTNEED);
    for (size_t i = first; i < end; ++i) {
      cooling[i]->link = cold_gs;
      cold_gs = cooling[i];
    }
  }
  cooling_count = 0;
}

void release_ended() {
  G *g = ended;
  if (!g) return;
  ended = nullptr;
#ifdef __SANITIZE_ADDRESS__
  // Its last frames (run_goroutine's, the switch's) never returned to clear the poison of their
  // redzones, where the next goroutine on this stack will have frames of its own.
  __asan_unpoison_memory_region(g->sp, static_cast<size_t>(g->stack_hi - static_cast<char *>(g->sp)));
#endif
  reset_panic_state(g->panics);
  if (warm_count == kMaxWarmStacks) {
    cooling[cooling_count++] = g;
    if (cooling_count == kCoolingBatch) give_back_cooling();
    return;
  }
  g->link = warm_gs;
  warm_gs = g;
  warm_count++;
}

// AddressSanitizer must be told of every switch to another stack (its fiber annotations), or it
// takes the goroutine's stack for a corrupted thread stack. A goroutine that has ended leaves
// for good (its fake stack, if any, goes).
void sanitizer_leave(void **fake_stack, const G *to) {
#ifdef __SANITIZE_ADDRESS__
  __sanitizer_start_switch_fiber(fake_stack, to->stack_lo, static_cast<size_t>(to->stack_hi - to->stack_lo));
#else
  (void)fake_stack, (void)to;
#endif
}

void sanitizer_arrive(void *fake_stack) {
#ifdef __SANITIZE_ADDRESS__
  __sanitizer_finish_switch_fiber(fake_stack, nullptr, nullptr);
#else
  (void)fake_stack;
#endif
}

void switch_to(G *to) {
  G *from = running;
  running = to;
  switch_panic_state(to->panics);
  GC_stack_base bottom{to->stack_hi};
  GC_set_stackbottom(gc_thread, &bottom);
  set_stack_limit(reinterpret_cast<uintptr_t>(to->stack_lo) + kRedZone);
  void *fake_stack = nullptr;
  sanitizer_leave(from == ended ? nullptr : &fake_stack, to);
  minigo_switch_stacks(&from->sp, to->sp);
  sanitizer_arrive(fake_stack);
  release_ended();  // back on this goroutine's stack: the one that ended may be reused
}

[[noreturn]] void deadlock() {
  std::string report = "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [";
  report += main_g.wait_reason;
  report += "]:\n";
  for (G *g = all_gs; g; g = g->all_next)
    if (g->wait_reason) report += "\ngoroutine " + std::to_string(g->id) + " [" + g->wait_reason + "]:\n";
  stderr_write(report);
  _exit(2);
}

// The goroutine to run when the running one parks or ends: the next runnable one, after waiting
// for timers while there is none. With neither, every goroutine is asleep for good.
G *next_to_run() {
  for (;;) {
    if (G *g = next_runnable()) return g;
    if (!wait_for_timers()) deadlock();
  }
}

// The first function on a goroutine's stack (the trampoline calls it); it never returns.
[[noreturn]] void run_goroutine(void *arg) {
  auto *g = static_cast<G *>(arg);
  sanitizer_arrive(nullptr);
  release_ended();
  g->entry(g->arg);
  // Ended: it leaves the live list, and the next goroutine reuses or pools its stack.
  if (g->all_prev) g->all_prev->all_next = g->all_next;
  else all_gs = g->all_next;
  if (g->all_next) g->all_next->all_prev = g->all_prev;
  g->entry = nullptr;
  g->arg = nullptr;
  live_count--;
  ended = g;
  switch_to(next_to_run());
  __builtin_unreachable();
}

}  // namespace

G *current() { return running; }

void ready(G *g) {
  if (runnext) enqueue(runnext);
  runnext = g;
}

void park(const char *wait_reason) {
  G *g = running;
  g->wait_reason = wait_reason;
  spawns_since_block = 0;
  G *next = next_to_run();
  if (next != g) switch_to(next);  // a timer may have readied g itself while waiting
  g->wait_reason = nullptr;
}

void enter_main_goroutine(char *stack_lo, char *stack_hi) {
  if (!gc_thread) {
    GC_stack_base ignored;
    gc_thread = GC_get_my_stackbottom(&ignored);
    previous_push_roots = GC_get_push_other_roots();
    GC_set_push_other_roots(push_goroutine_stacks);
  }
  main_g = G{};
  main_g.stack_lo = stack_lo;
  main_g.stack_hi = stack_hi;
  main_g.id = 1;
  main_g.panics = main_panic_state();
  running = &main_g;
  set_stack_limit(reinterpret_cast<uintptr_t>(stack_lo) + kRedZone);
}

void leave_main_goroutine() { set_stack_limit(0); }

void fatal(const char *message) {
  stderr_write(std::string("fatal error: ") + message + "\n\ngoroutine " + std::to_string(running->id) +
               " [running]:\n");
  _exit(2);
}

}  // namespace mgrt

using mgrt::G;

extern "C" {

void minigo_go(void (*entry)(void *), void *arg) {
  G *g = mgrt::new_g();
  g->entry = entry;
  g->arg = arg;
  g->id = mgrt::next_id++;
  g->created_at = reinterpret_cast<uintptr_t>(__builtin_return_address(0));
  g->creator_id = mgrt::running->id;
  g->wait_reason = nullptr;
  g->sp = mgrt::new_goroutine_frame(g->stack_hi, mgrt::run_goroutine, g);
  g->all_prev = nullptr;
  g->all_next = mgrt::all_gs;
  if (mgrt::all_gs) mgrt::all_gs->all_prev = g;
  mgrt::all_gs = g;
  mgrt::live_count++;
  mgrt::ready(g);
  if (++mgrt::spawns_since_block == mgrt::kSpawnsPerYield) minigo_gosched();
}

void minigo_gosched(void) {
  mgrt::spawns_since_block = 0;
  G *next = mgrt::next_runnable();
  if (!next) return;
  mgrt::enqueue(mgrt::running);
  mgrt::switch_to(next);
}

int64_t minigo_num_goroutine(void) { return mgrt::live_count; }

void minigo_fatal(const char *message) { mgrt::fatal(message); }

void minigo_stack_overflow(void) {
  const G *g = mgrt::running;
  mgrt::stderr_write("runtime: goroutine stack exceeds " + std::to_string(g->stack_hi - g->stack_lo) + "-byte limit\n");
  mgrt::fatal("stack overflow");
}

}  // extern "C"
