// Channels as channels.cpp and select.cpp share them: a ring buffer and two queues of parked
// goroutines. No locks: every goroutine runs on the one thread and switches only when it parks.
#pragma once

#include <cstdint>

#include "runtime/minigo_runtime.h"
#include "runtime/scheduler.h"

namespace mgrt {

// A goroutine parked on a channel operation (Go's sudog). It lives on the parked goroutine's
// stack (or, for a large select, in GC memory), which the collector scans while it is suspended:
// so does the value a parked sender points to.
struct Waiter {
  G *g;
  void *elem;          // a send's value, or where a receive puts it (may be null)
  Waiter *prev, *next;
  bool queued;
  bool in_select;      // one of several: the first to fire wins, the rest are stale
  int64_t case_index;  // in_select: the case it stands for
};

// FIFO of waiters, doubly linked so that a select can take its other cases out.
struct WaitQueue {
  Waiter *first = nullptr, *last = nullptr;

  void push(Waiter *w);
  void remove(Waiter *w);
  // The longest-waiting goroutine that can still proceed; skips stale select cases.
  Waiter *pop();
};

}  // namespace mgrt

// Allocated by minigo_chan_make in GC memory; the buffer, also GC memory, is scanned.
struct mg_chan {
  int64_t elem_size;
  int64_t cap;
  int64_t count;  // buffered values
  int64_t head;   // index of the oldest
  bool closed;
  char *buffer;
  mgrt::WaitQueue receivers, senders;
};

namespace mgrt {

enum class Received { NotReady, Value, Closed };

// The non-blocking halves of send and receive, shared with select. try_send panics on a closed
// channel; try_receive on a closed, drained one zeroes *out (when not null).
bool try_send(mg_chan *c, const void *elem);
Received try_receive(mg_chan *c, void *out);
// Hands a parked goroutine the outcome of its operation (ok false: the channel closed) and
// readies it.
void wake(Waiter *w, bool ok);

[[noreturn]] void panic_send_on_closed();
[[noreturn]] void block_forever(const char *wait_reason);

}  // namespace mgrt
