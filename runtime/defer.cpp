// Deferred calls made inside loops: a per-frame LIFO chain of records in GC memory. A record
// holds the call's operands (the thunk's environment), so the collector must see it, and one
// allocation serves both. Records whose operands fit kPooledEnv bytes go back to a pool of their
// goroutine once their call has returned: a loop of defers then allocates only at first.
#include <gc.h>

#include <algorithm>
#include <cstring>

#include "runtime/minigo_runtime.h"
#include "runtime/scheduler.h"

struct mg_defer {
  mg_defer *next;
  void (*thunk)(void *env);
  void *token;
  int64_t env_capacity;
  alignas(16) char env[];
};

namespace {

constexpr int64_t kPooledEnv = 64;
constexpr int64_t kMaxPooled = 64;  // per goroutine

}  // namespace

extern "C" {

void *minigo_defer_push(mg_defer **head, void (*thunk)(void *env), int64_t env_size, void *token) {
  mgrt::G *g = mgrt::current();
  mg_defer *record;
  if (env_size <= kPooledEnv && g->defer_pool) {
    record = g->defer_pool;
    g->defer_pool = record->next;
    g->defer_pool_size--;
  } else {
    int64_t capacity = std::max(env_size, kPooledEnv);
    record = static_cast<mg_defer *>(GC_MALLOC(sizeof(mg_defer) + static_cast<size_t>(capacity)));
    record->env_capacity = capacity;
  }
  record->next = *head;
  record->thunk = thunk;
  record->token = token;
  *head = record;
  return record->env;
}

void minigo_defer_run(mg_defer **head, bool unwinding) {
  while (mg_defer *record = *head) {
    // Popped first: if the call panics, the landing pad's next run goes on with the rest.
    *head = record->next;
    if (unwinding) minigo_recover_token = record->token;
    record->thunk(record->env);
    mgrt::G *g = mgrt::current();
    if (record->env_capacity == kPooledEnv && g->defer_pool_size < kMaxPooled) {
      std::memset(record->env, 0, kPooledEnv);  // keep nothing alive that the call had
      record->next = g->defer_pool;
      g->defer_pool = record;
      g->defer_pool_size++;
    }
  }
}

}  // extern "C"
