// The pending timers, in a binary min-heap on `when`. The heap's array is uncollectable GC
// memory, so that the collector sees the timers it holds (time.After's is referenced from
// nowhere else) and, through them, their channels.
#include "runtime/timers.h"

#include <gc.h>

#include <cerrno>
#include <ctime>
#include <utility>

#include "runtime/channels.h"
#include "runtime/scheduler.h"

namespace mgrt {
namespace {

Timer **heap = nullptr;
int64_t heap_size = 0, heap_cap = 0;

bool earlier(int64_t a, int64_t b) { return heap[a]->when < heap[b]->when; }

void place(int64_t i, Timer *t) {
  heap[i] = t;
  t->index = i;
}

void swap_entries(int64_t a, int64_t b) {
  Timer *t = heap[a];
  place(a, heap[b]);
  place(b, t);
}

void sift_up(int64_t i) {
  while (i > 0 && earlier(i, (i - 1) / 2)) {
    swap_entries(i, (i - 1) / 2);
    i = (i - 1) / 2;
  }
}

void sift_down(int64_t i) {
  for (;;) {
    int64_t smallest = i, l = 2 * i + 1, r = l + 1;
    if (l < heap_size && earlier(l, smallest)) smallest = l;
    if (r < heap_size && earlier(r, smallest)) smallest = r;
    if (smallest == i) return;
    swap_entries(i, smallest);
    i = smallest;
  }
}

void push(Timer *t) {
  if (heap_size == heap_cap) {
    int64_t cap = heap_cap ? heap_cap * 2 : 16;
    auto **bigger = static_cast<Timer **>(GC_MALLOC_UNCOLLECTABLE(sizeof(Timer *) * cap));
    for (int64_t i = 0; i < heap_size; ++i) bigger[i] = heap[i];
    GC_FREE(heap);
    heap = bigger;
    heap_cap = cap;
  }
  place(heap_size++, t);
  sift_up(t->index);
}

void remove(Timer *t) {
  int64_t i = t->index;
  t->index = -1;
  --heap_size;
  if (i != heap_size) {
    place(i, heap[heap_size]);
    sift_down(i);
    sift_up(heap[i]->index);
  }
  heap[heap_size] = nullptr;
}

// A clock's reading in nanoseconds: CLOCK_REALTIME for time.Time's wall reading,
// CLOCK_MONOTONIC for its monotonic one and for the timers.
int64_t clock_ns(clockid_t clock) {
  timespec ts;
  clock_gettime(clock, &ts);
  return ts.tv_sec * 1000000000 + ts.tv_nsec;
}

// A timer with a channel sends time.Time{wall, mono} without blocking (a full channel misses
// the tick, as Go's does); a sleep readies its goroutine. A ticker goes back in the heap at its
// next period after now.
void fire(Timer *t, int64_t now) {
  remove(t);
  if (t->chan) {
    int64_t value[2] = {clock_ns(CLOCK_REALTIME), now};
    try_send(t->chan, value);
  } else {
    ready(static_cast<G *>(t->sleeper));
  }
  if (t->period > 0) {
    t->when += t->period * (1 + (now - t->when) / t->period);
    push(t);
  }
}

}  // namespace

bool fire_due_timers() {
  if (heap_size == 0) return false;
  int64_t now = clock_ns(CLOCK_MONOTONIC);
  while (heap_size > 0 && heap[0]->when <= now) fire(heap[0], now);
  return true;
}

bool wait_for_timers() {
  if (heap_size == 0) return false;
  int64_t wait = heap[0]->when - clock_ns(CLOCK_MONOTONIC);
  if (wait > 0) {
    timespec ts{static_cast<time_t>(wait / 1000000000), static_cast<long>(wait % 1000000000)};
    while (nanosleep(&ts, &ts) == -1 && errno == EINTR) {}
  }
  return fire_due_timers();
}

}  // namespace mgrt

using mgrt::Timer;

extern "C" {

// The runtime functions of package time (stdlib/time).
struct mg_clock_reading {
  int64_t wall, mono;
};

mg_clock_reading minigo_time_now(void *) { return {mgrt::clock_ns(CLOCK_REALTIME), mgrt::clock_ns(CLOCK_MONOTONIC)}; }

void minigo_time_startTimer(void *, Timer *t) { mgrt::push(t); }

bool minigo_time_stopTimer(void *, Timer *t) {
  if (t->index < 0) return false;
  mgrt::remove(t);
  return true;
}

void minigo_time_sleep(void *, int64_t ns) {
  if (ns <= 0) {
    minigo_gosched();
    return;
  }
  Timer t{mgrt::clock_ns(CLOCK_MONOTONIC) + ns, 0, nullptr, -1, mgrt::current()};
  mgrt::push(&t);
  mgrt::park("sleep");
}

}  // extern "C"
