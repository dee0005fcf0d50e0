// select: poll the cases in a random order, and if none is ready (and there is no default) park
// on every case's channel at once until one of them fires.
#include <gc.h>

#include "runtime/channels.h"
#include "runtime/maps.h"  // random_u64

namespace mgrt {
namespace {

// Up to this many cases, the select's scratch arrays live on its stack.
constexpr int64_t kLocalCases = 8;

// Where a case that proceeded without parking stands: its index, or -1.
int64_t poll(mg_select_case *cases, const int64_t *order, int64_t count) {
  for (int64_t k = 0; k < count; k++) {
    mg_select_case &c = cases[order[k]];
    if (!c.chan) continue;  // nil channels are never ready
    if (c.is_send) {
      if (try_send(c.chan, c.elem)) return order[k];
      continue;
    }
    Received got = try_receive(c.chan, c.elem);
    if (got == Received::NotReady) continue;
    c.received_ok = got == Received::Value;
    return order[k];
  }
  return -1;
}

// Parks on every case until one fires, then takes the waiters of the others out of their queues.
int64_t wait_on_all(mg_select_case *cases, int64_t count) {
  Waiter local[kLocalCases];
  // GC memory for large selects: it holds the pointers to the values to send.
  auto *waiters = count <= kLocalCases ? local : static_cast<Waiter *>(GC_MALLOC(count * sizeof(Waiter)));
  G *self = current();
  self->fired_case = -1;
  for (int64_t i = 0; i < count; i++) {
    waiters[i] = Waiter{self, cases[i].elem, nullptr, nullptr, false, true, i};
    if (!cases[i].chan) continue;
    if (cases[i].is_send) cases[i].chan->senders.push(&waiters[i]);
    else cases[i].chan->receivers.push(&waiters[i]);
  }
  park("select");
  for (int64_t i = 0; i < count; i++) {
    if (!waiters[i].queued) continue;
    if (cases[i].is_send) cases[i].chan->senders.remove(&waiters[i]);
    else cases[i].chan->receivers.remove(&waiters[i]);
  }
  int64_t fired = self->fired_case;
  self->fired_case = -1;
  if (cases[fired].is_send) {
    if (!self->woken_ok) panic_send_on_closed();  // closed while it waited
  } else {
    cases[fired].received_ok = self->woken_ok;  // the closer zeroed the value
  }
  return fired;
}

}  // namespace
}  // namespace mgrt

extern "C" int64_t minigo_select(mg_select_case *cases, int64_t count, bool has_default) {
  if (count == 0 && !has_default) mgrt::block_forever("select (no cases)");
  int64_t local[mgrt::kLocalCases];
  auto *order = count <= mgrt::kLocalCases ? local : static_cast<int64_t *>(GC_MALLOC_ATOMIC(count * sizeof(int64_t)));
  for (int64_t i = 0; i < count; i++) {  // Fisher-Yates, inside out
    int64_t j = static_cast<int64_t>(mgrt::random_u64() % static_cast<uint64_t>(i + 1));
    order[i] = order[j];
    order[j] = i;
  }
  int64_t ready = mgrt::poll(cases, order, count);
  if (ready >= 0 || has_default) return ready;
  return mgrt::wait_on_all(cases, count);
}
