// Program start and end, and garbage-collected memory.
#include <gc.h>

#include <cstdlib>

#include <unistd.h>

#include "runtime/minigo_runtime.h"
#include "runtime/output.h"
#include "runtime/process.h"

namespace {

// Go's end for an allocation the system cannot give (a huge make, say): a fatal error, which
// no recover sees.
void *out_of_memory(size_t) {
  mgrt::stderr_write("fatal error: runtime: out of memory\n\n");
  _exit(2);
}

}  // namespace

mgrt::Arguments &mgrt::arguments() {
  static Arguments recorded;
  return recorded;
}

extern "C" {

void minigo_init(int argc, char **argv) {
  mgrt::arguments() = {argc, argv};
  // One goroutine allocates: parallel marker threads would only add wake-ups.
  GC_set_markers_count(1);
  // The collector's warnings ("Repeated allocation of very large block") are about its own
  // heuristics; a Go program's stderr has nothing of the kind.
  GC_set_warn_proc(GC_ignore_warn_proc);
  GC_INIT();
  GC_set_oom_fn(out_of_memory);
  // Boehm starts from a heap of a few hundred KB and collects before each growth while it is
  // small: a 4 MB heap at start (Go's minimum heap goal too) spares a program its first dozens
  // of collections (pages are only resident once used).
  static bool expanded = GC_expand_hp(4 << 20);
  (void)expanded;
  // Running the program as a JIT inside `minigo` calls this again: GC_INIT is idempotent.
}

void minigo_os_exit(int64_t code) {
  std::_Exit(static_cast<int>(code));
}

void minigo_gc_add_roots(void *begin, void *end) { GC_add_roots(begin, end); }

void *minigo_alloc(int64_t size) {
  // GC_MALLOC memory is zeroed; a zero-size request still gets a distinct object.
  return GC_MALLOC(size > 0 ? static_cast<size_t>(size) : 1);
}

}  // extern "C"
