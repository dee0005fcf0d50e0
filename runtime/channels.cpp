// Channel send, receive, close, len and cap (Go's runtime/chan semantics on one thread).
#include "runtime/channels.h"

#include <gc.h>

#include <cstring>

#include "runtime/panic.h"

namespace mgrt {
namespace {

// Values of zero-size types have no buffer to copy into (memcpy's pointers must be valid even then).
void copy_value(const mg_chan *c, void *to, const void *from) {
  if (c->elem_size > 0) std::memcpy(to, from, c->elem_size);
}

void clear_value(const mg_chan *c, void *at) {
  if (c->elem_size > 0) std::memset(at, 0, c->elem_size);
}

}  // namespace

void WaitQueue::push(Waiter *w) {
  w->next = nullptr;
  w->prev = last;
  if (last) last->next = w;
  else first = w;
  last = w;
  w->queued = true;
}

void WaitQueue::remove(Waiter *w) {
  if (w->prev) w->prev->next = w->next;
  else first = w->next;
  if (w->next) w->next->prev = w->prev;
  else last = w->prev;
  w->queued = false;
}

Waiter *WaitQueue::pop() {
  while (Waiter *w = first) {
    remove(w);
    // A select whose goroutine another case already woke; it takes its own waiters out once it
    // runs, but until then they are still here.
    if (w->in_select && w->g->fired_case >= 0) continue;
    return w;
  }
  return nullptr;
}

void wake(Waiter *w, bool ok) {
  w->g->woken_ok = ok;
  if (w->in_select) w->g->fired_case = w->case_index;
  ready(w->g);
}

void panic_send_on_closed() { panic_runtime_error("send on closed channel"); }

void block_forever(const char *wait_reason) {
  for (;;) park(wait_reason);  // nothing can wake it: only the deadlock check or main's end
}

bool try_send(mg_chan *c, const void *elem) {
  if (c->closed) panic_send_on_closed();
  if (Waiter *receiver = c->receivers.pop()) {  // then the buffer is empty: hand it over
    if (receiver->elem) copy_value(c, receiver->elem, elem);
    wake(receiver, true);
    return true;
  }
  if (c->count == c->cap) return false;
  copy_value(c, c->buffer + (c->head + c->count) % c->cap * c->elem_size, elem);
  c->count++;
  return true;
}

Received try_receive(mg_chan *c, void *out) {
  if (c->count > 0) {
    char *slot = c->buffer + c->head * c->elem_size;
    if (out) copy_value(c, out, slot);
    c->head = (c->head + 1) % c->cap;
    // A full buffer with a parked sender: its value takes the freed slot, now the newest.
    if (Waiter *sender = c->senders.pop()) {
      copy_value(c, slot, sender->elem);
      wake(sender, true);
    } else {
      clear_value(c, slot);  // the collector must not keep the value alive through it
      c->count--;
    }
    return Received::Value;
  }
  if (Waiter *sender = c->senders.pop()) {  // unbuffered: straight from the sender
    if (out) copy_value(c, out, sender->elem);
    wake(sender, true);
    return Received::Value;
  }
  if (!c->closed) return Received::NotReady;
  if (out) clear_value(c, out);
  return Received::Closed;
}

}  // namespace mgrt

using mgrt::Waiter;

extern "C" {

mg_chan *minigo_chan_make(int64_t elem_size, int64_t cap) {
  // Go's limit: the buffer must fit in the address space its allocator can give (2^48 bytes).
  constexpr int64_t kMaxBuffer = int64_t{1} << 48;
  if (cap < 0 || (elem_size > 0 && cap > kMaxBuffer / elem_size))
    mgrt::panic_runtime_error("makechan: size out of range");
  auto *c = static_cast<mg_chan *>(GC_MALLOC(sizeof(mg_chan)));
  c->elem_size = elem_size;
  c->cap = cap;
  if (cap > 0 && elem_size > 0) c->buffer = static_cast<char *>(GC_MALLOC(static_cast<size_t>(cap * elem_size)));
  return c;
}

void minigo_chan_send(mg_chan *c, const void *elem) {
  if (!c) mgrt::block_forever("chan send (nil chan)");
  if (mgrt::try_send(c, elem)) return;
  Waiter self{mgrt::current(), const_cast<void *>(elem)};
  c->senders.push(&self);
  mgrt::park("chan send");
  if (!mgrt::current()->woken_ok) mgrt::panic_send_on_closed();  // closed while it waited
}

bool minigo_chan_recv(mg_chan *c, void *out) {
  if (!c) mgrt::block_forever("chan receive (nil chan)");
  mgrt::Received got = mgrt::try_receive(c, out);
  if (got != mgrt::Received::NotReady) return got == mgrt::Received::Value;
  Waiter self{mgrt::current(), out};
  c->receivers.push(&self);
  mgrt::park("chan receive");
  return mgrt::current()->woken_ok;  // false: closed, and the closer zeroed *out
}

void minigo_chan_close(mg_chan *c) {
  if (!c) mgrt::panic_runtime_error("close of nil channel");
  if (c->closed) mgrt::panic_runtime_error("close of closed channel");
  c->closed = true;
  while (Waiter *receiver = c->receivers.pop()) {
    if (receiver->elem) mgrt::clear_value(c, receiver->elem);
    mgrt::wake(receiver, false);
  }
  while (Waiter *sender = c->senders.pop()) mgrt::wake(sender, false);  // each panics when it runs
}

int64_t minigo_chan_len(mg_chan *c) { return c ? c->count : 0; }

int64_t minigo_chan_cap(mg_chan *c) { return c ? c->cap : 0; }

}  // extern "C"
