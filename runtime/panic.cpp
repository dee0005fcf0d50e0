// Panic objects, the handler stack of frames running deferred calls, recover, and the report
// of an uncaught panic.
//
// Each function with defers catches every panic in one landing pad, runs its deferred calls
// and then asks frame_done() whether to return normally (recovered) or to raise again. A
// panic object stays alive until it is recovered or the program dies; older panics stay
// reachable through `link` because Go prints the whole chain.
#include "runtime/panic.h"

#include <gc.h>
#include <unwind.h>

#ifdef __SANITIZE_ADDRESS__
#include <sanitizer/asan_interface.h>
#endif

#include <bit>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <memory>
#include <optional>
#include <vector>

#include "runtime/fast_unwind.h"
#include "runtime/interfaces.h"
#include "runtime/numbers.h"
#include "runtime/output.h"
#include "runtime/print.h"
#include "runtime/scheduler.h"
#include "runtime/strings.h"
#include "runtime/traceback.h"

namespace mgrt {
namespace {

constexpr uint64_t kExceptionClass = 0x4D494E49474F0000;  // "MINIGO\0\0", first byte highest
constexpr std::string_view kNilDereference =
    "runtime error: invalid memory address or nil pointer dereference";

struct Panic {
  _Unwind_Exception header;  // first, so that the landing pad's pointer is the Panic's
  mg_any value;
  Panic *link;  // the panic that was in progress when this one started (older)
  bool recovered;
  // Go 1.25+: panic(v) with the very value (type and data words) of the recovered panic it
  // follows. It takes that panic's place in the report, as "v [recovered, repanicked]".
  bool repanicked;
  bool superseded;  // a repanic took its place in the report
  bool aborted;  // a newer panic reached the frame that was running this one's deferred calls
  Trace trace;   // the Go frames it passed, for the report if it is never recovered
  // Each frame that caught it while running deferred calls for an older panic: that panic's
  // frames stand in for the trace's entry of the frame, as Go's stack still has them.
  struct Splice {
    int at;  // index in trace
    Panic *older;
  };
  static constexpr int kMaxSplices = 16;
  Splice splices[kMaxSplices];
  int splice_count;
};

// A frame whose landing pad is running its deferred calls.
struct Handler {
  void *frame;
  Panic *panic;  // the newest panic that reached this frame; null once a recovery finished it
  Panic *base;   // the live chain below this frame's panics (kept when they are recovered)
  void *saved_token;     // minigo_recover_token and token_takes when the frame caught its panic
  uint64_t saved_takes;
  uint64_t takes_at_recover;  // token_takes when recover() stopped `panic`
};

}  // namespace

// One goroutine's panics. Panic objects are uncollectable, so these hold no GC pointers the
// collector must see. minigo_recover_token, which generated code reads and writes, is the running
// goroutine's: it is saved here while the goroutine is suspended.
struct PanicState {
  Panic *newest = nullptr;
  std::vector<Handler> handlers;
  uint64_t token_takes = 0;  // successful minigo_recover_token_take calls
  void *recover_token = nullptr;
};

namespace {

PanicState main_panics;
PanicState *panics = &main_panics;  // the running goroutine's

Panic *as_panic(void *exception) {
  auto *header = static_cast<_Unwind_Exception *>(exception);
  if (header->exception_class != kExceptionClass) {
    stderr_write("fatal error: foreign exception reached a minigo frame\n");
    std::_Exit(2);
  }
  return reinterpret_cast<Panic *>(header);
}

// Panic objects come from a small pool in static memory, which the collector scans as a root
// (a panic holds the value), and from the collector's uncollectable heap only when more than
// the pool's panics are live at once. Most programs never have more than a few.
Panic pool[16];
Panic *poolFree = nullptr;
bool poolReady = false;

Panic *allocate_panic() {
  if (!poolReady) {
    for (Panic &p : pool) {
      p.link = poolFree;
      poolFree = &p;
    }
    poolReady = true;
  }
  if (Panic *p = poolFree) {
    poolFree = p->link;
    return p;
  }
  return static_cast<Panic *>(GC_MALLOC_UNCOLLECTABLE(sizeof(Panic)));
}

bool in_pool(Panic *p) { return p >= pool && p < pool + std::size(pool); }

// Frees the panics from `from` down to (not including) `until` along the links.
void free_chain(Panic *from, Panic *until) {
  while (from != nullptr && from != until) {
    Panic *older = from->link;
    from->value = {nullptr, nullptr};  // let the collector have the value
    if (in_pool(from)) {
      from->link = poolFree;
      poolFree = from;
    } else {
      GC_FREE(from);
    }
    from = older;
  }
}

// The newest panic older than p that is still running deferred calls (not aborted).
Panic *live_below(Panic *p) {
  Panic *q = p->link;
  while (q != nullptr && q->aborted) q = q->link;
  return q;
}

// The frames of p's trace, with the older panics' frames spliced in where the deferred calls
// that raised it started (the stack Go shows: those frames are still below the deferred call).
void collect_frames(const Panic *p, std::vector<Trace::Frame> &out) {
  int next = 0;  // splices are in trace order
  for (int i = 0; i < p->trace.count; ++i) {
    if (next < p->splice_count && p->splices[next].at == i) collect_frames(p->splices[next++].older, out);
    else out.push_back(p->trace.frames[i]);
  }
}

[[noreturn]] void die_uncaught(Panic *p) { minigo_panic_uncaught(&p->header); }

// Every frame that has deferred calls has a catch-all landing pad, and so does the program's
// entry: a search phase could only ever answer "the next such frame". So the panic skips it and
// unwinds in one phase (a forced unwind, which catch-all landing pads catch, as they catch
// thread cancellation); that halves the unwinder's per-frame work.
_Unwind_Reason_Code continue_unwinding(int, _Unwind_Action actions, _Unwind_Exception_Class, _Unwind_Exception *exception,
                                       _Unwind_Context *context, void *) {
  if (actions & _UA_END_OF_STACK) die_uncaught(reinterpret_cast<Panic *>(exception));
  reinterpret_cast<Panic *>(exception)->trace.add(_Unwind_GetIP(context), _Unwind_GetCFA(context));
  return _URC_NO_REASON;
}

[[noreturn]] void raise(Panic *p) {
#ifdef __SANITIZE_ADDRESS__
  // The frames the panic skips never run their epilogues, which would clear the poison of their
  // redzones: ASan clears the running stack's now (it does so itself for a C++ throw, and
  // knows each goroutine's stack from the scheduler's fiber annotations).
  __asan_handle_no_return();
#endif
  fast_raise(&p->header, p->trace);  // returns only when a frame on the way needs libgcc
  _Unwind_ForcedUnwind(&p->header, continue_unwinding, nullptr);
  die_uncaught(p);  // the unwinder failed: treat as uncaught
}

// A recovered panic is finished once the deferred call that recovered it has returned; Go
// then forgets it (and the panics it superseded). We learn that the call returned when a
// later deferred call of the same frame starts: it stores a new token, or takes one.
void forget_finished_recovery() {
  if (panics->handlers.empty()) return;
  Handler &top = panics->handlers.back();
  if (top.panic == nullptr || !top.panic->recovered) return;
  if (minigo_recover_token == nullptr && panics->token_takes == top.takes_at_recover) return;
  free_chain(top.panic, top.base);
  panics->newest = top.base;
  top.panic = nullptr;
}

}  // namespace

void panic_runtime_error(std::string_view message, const mg_type *type) {
  minigo_panic(type, gc_boxed_string(message));
}

void append_panic_value(std::string &out, const mg_any &value) {
  const mg_type *t = value.type;
  if (t == nullptr) {
    out += "nil";
    return;
  }
  // preprintpanics: a value with Error() or String() prints as what the method returns.
  if (std::optional<std::string_view> text = method_text(t, value.data)) {
    out += *text;
    return;
  }
  bool basic = is_number(t) || t->kind == MG_BOOL || t->kind == MG_STRING;
  if (!basic) {  // funcs: printanycustomtype's "(TYPE) ADDRESS"
    out += '(';
    out += t->name;
    out += ") ";
    append_hex(out, reinterpret_cast<uintptr_t>(value.data));
    return;
  }
  // printanycustomtype: a value of a defined type is wrapped in its type's name, a string quoted
  // without escapes: main.Color(5), main.S("hi").
  bool defined = !is_predeclared(t);
  const char *quote = t->kind == MG_STRING ? "\"" : "";
  if (defined) {
    out += t->name;
    out += '(';
    out += quote;
  }
  if (is_number(t)) append_runtime_number(out, value);
  else if (t->kind == MG_BOOL) out += static_cast<uint8_t>(reinterpret_cast<uintptr_t>(value.data)) ? "true" : "false";
  else out += view(*static_cast<const mg_string *>(value.data));  // MG_STRING
  if (defined) {
    out += quote;
    out += ')';
  }
}

std::string panic_report(void *exception) {
  std::vector<Panic *> chain;
  for (Panic *p = as_panic(exception); p != nullptr; p = p->link)
    if (!p->superseded) chain.push_back(p);
  std::string out;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    if (it != chain.rbegin()) out += '\t';
    out += "panic: ";
    append_panic_value(out, (*it)->value);
    if ((*it)->repanicked) out += " [recovered, repanicked]";
    else if ((*it)->recovered) out += " [recovered]";
    out += '\n';
  }
  const mg_any &last = chain.front()->value;
  if (last.type == &minigo_type_runtime_error &&
      view(*static_cast<const mg_string *>(last.data)) == kNilDereference) {
    out += "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n";
  }
  return out;
}

void *newest_panic_exception() { return panics->newest; }

PanicState *main_panic_state() { return &main_panics; }

// A goroutine's G is pooled and never freed, and so is its panic state. The states are owned here,
// in memory the leak checker scans (a G lives in GC memory, which it does not).
PanicState *new_panic_state() {
  static std::vector<std::unique_ptr<PanicState>> all;
  all.push_back(std::make_unique<PanicState>());
  return all.back().get();
}

void reset_panic_state(PanicState *state) {
  // A goroutine that ended normally has finished all its panics; one that did not never ends.
  state->handlers.clear();
  state->newest = nullptr;
  state->token_takes = 0;
  state->recover_token = nullptr;
}

void switch_panic_state(PanicState *to) {
  panics->recover_token = minigo_recover_token;
  panics = to;
  minigo_recover_token = to->recover_token;
}

mg_any stop_caught_panic() {
  Panic *p = panics->newest;
  mg_any value = p->value;
  // The panics it superseded finish with it, as with a recovery.
  Panic *live = live_below(p);
  free_chain(p, live);
  panics->newest = live;
  return value;
}

}  // namespace mgrt

using mgrt::Handler;
using mgrt::Panic;

extern "C" {

void *minigo_recover_token = nullptr;

void *minigo_panic_start(const mg_type *t, void *data) {
  uintptr_t site = reinterpret_cast<uintptr_t>(__builtin_return_address(0));
  if (t == nullptr) {  // Go 1.21+: panic(nil) panics with a *runtime.PanicNilError
    // Go's PanicNilError has size zero, so every one is the same pointer: one shared value
    // keeps a repeated panic(nil) a repanic, as in Go.
    static void *const nil_error = mgrt::gc_boxed_string("panic called with nil argument");
    t = &mgrt::type_panic_nil_error;
    data = nil_error;
  }
  mgrt::forget_finished_recovery();
  Panic *p = mgrt::allocate_panic();
  std::memset(&p->header, 0, sizeof p->header);
  p->header.exception_class = mgrt::kExceptionClass;
  p->header.exception_cleanup = nullptr;  // the runtime frees panics itself (free_chain)
  p->value = {t, data};
  p->trace.start(site);
  p->link = mgrt::panics->newest;
  p->recovered = false;
  Panic *older = mgrt::panics->newest;
  p->repanicked = older != nullptr && older->recovered && older->value.type == t && older->value.data == data;
  if (p->repanicked) older->superseded = true;
  p->superseded = false;
  p->aborted = false;
  p->splice_count = 0;
  mgrt::panics->newest = p;
  return &p->header;
}

void minigo_panic(const mg_type *t, void *data) {
  mgrt::raise(mgrt::as_panic(minigo_panic_start(t, data)));
}

// Go raises each of these three errors as one value (a variable of its runtime), so that raising
// it again after recovering it is a repanic: "[recovered, repanicked]".
void minigo_panic_divide(void) {
  static void *const error = mgrt::gc_boxed_string("runtime error: integer divide by zero");
  minigo_panic(&minigo_type_runtime_error, error);
}

void minigo_panic_negative_shift(void) {
  static void *const error = mgrt::gc_boxed_string("runtime error: negative shift amount");
  minigo_panic(&minigo_type_runtime_error, error);
}

void minigo_panic_nil(void) {
  static void *const error = mgrt::gc_boxed_string(mgrt::kNilDereference);
  minigo_panic(&minigo_type_runtime_error, error);
}

void minigo_panic_caught(void *exception, void *frame) {
  Panic *p = mgrt::as_panic(exception);
  if (!mgrt::panics->handlers.empty() && mgrt::panics->handlers.back().frame == frame) {
    // A deferred call of this frame panicked: the new panic supersedes the ones being handled
    // here (Go calls them aborted; they are still printed, and finished with the new one).
    Handler &top = mgrt::panics->handlers.back();
    for (Panic *q = p->link; q != nullptr && q != top.base; q = q->link) q->aborted = true;
    if (top.panic != nullptr && p->trace.count > 0 && p->splice_count < Panic::kMaxSplices)
      p->splices[p->splice_count++] = {p->trace.count - 1, top.panic};  // this frame: the newest entry
    top.panic = p;
    return;
  }
  Panic *base = mgrt::live_below(p);
  mgrt::panics->handlers.push_back(Handler{frame, p, base, minigo_recover_token, mgrt::panics->token_takes, 0});
}

void minigo_panic_frame_done(void) {
  Handler done = mgrt::panics->handlers.back();
  mgrt::panics->handlers.pop_back();
  minigo_recover_token = done.saved_token;
  mgrt::panics->token_takes = done.saved_takes;
  if (done.panic == nullptr) return;  // recovered, and already forgotten
  if (done.panic->recovered) {
    mgrt::free_chain(done.panic, done.base);
    mgrt::panics->newest = done.base;
    return;
  }
  mgrt::raise(done.panic);
}

void minigo_panic_uncaught(void *exception) {
  std::string report;
  try {
    report = mgrt::panic_report(exception);
  } catch (...) {
    // An Error or String method panicked while the report called it. Go's preprintpanics then
    // throws; catching here also keeps that panic from reaching this handler again.
    const mg_any &inner = mgrt::panics->newest->value;
    report = "fatal error: panic while printing panic value: ";
    if (inner.type == &minigo_type_string) {
      report += mgrt::view(*static_cast<const mg_string *>(inner.data));
    } else {
      report += std::string("type ") + inner.type->name;
    }
    report += '\n';
  }
  std::vector<mgrt::Trace::Frame> frames;
  mgrt::collect_frames(mgrt::as_panic(exception), frames);
  const mgrt::G *g = mgrt::current();
  report += "\ngoroutine " + std::to_string(g->id) + " [running]:\n" + mgrt::format_trace(frames);
  if (g->creator_id) report += mgrt::format_creator(g->created_at, g->creator_id);
  mgrt::stderr_write(report);
  std::_Exit(2);
}

bool minigo_recover_token_take(void *self) {
  if (minigo_recover_token != self) return false;
  minigo_recover_token = nullptr;
  mgrt::panics->token_takes++;
  return true;
}

mg_any minigo_recover(bool canRecover) {
  if (!canRecover || mgrt::panics->handlers.empty()) return {nullptr, nullptr};
  Handler &top = mgrt::panics->handlers.back();
  if (top.panic == nullptr || top.panic->recovered) return {nullptr, nullptr};
  top.panic->recovered = true;
  top.takes_at_recover = mgrt::panics->token_takes;
  return top.panic->value;
}

}  // extern "C"
