// Deferred calls made inside loops: a per-frame LIFO chain of records in GC memory (a record
// holds the closure environment, so the collector must see it).
#include <gc.h>

#include "runtime/minigo_runtime.h"

struct mg_defer {
  mg_defer *next;
  void (*thunk)(void *env);
  void *env;
  void *token;
};

extern "C" {

void minigo_defer_push(mg_defer **head, void (*thunk)(void *env), void *env, void *token) {
  auto *record = static_cast<mg_defer *>(GC_MALLOC(sizeof(mg_defer)));
  *record = {*head, thunk, env, token};
  *head = record;
}

void minigo_defer_run(mg_defer **head, bool unwinding) {
  while (mg_defer *record = *head) {
    // Popped first: if the call panics, the landing pad's next run goes on with the rest.
    *head = record->next;
    if (unwinding) minigo_recover_token = record->token;
    record->thunk(record->env);
  }
}

}  // extern "C"
