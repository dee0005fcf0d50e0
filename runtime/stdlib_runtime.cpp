// The runtime functions of packages runtime and sync (stdlib/runtime, stdlib/sync): the
// scheduler's and the collector's entry points, under the names the standard library's
// bodiless declarations call.
#include "runtime/minigo_runtime.h"

#include <gc.h>
#include <unistd.h>

#include <string>

extern "C" {

void minigo_runtime_Gosched(void *) { minigo_gosched(); }
int64_t minigo_runtime_NumGoroutine(void *) { return minigo_num_goroutine(); }
int64_t minigo_runtime_NumCPU(void *) { return sysconf(_SC_NPROCESSORS_ONLN); }
void minigo_runtime_GC(void *) { GC_gcollect(); }

void minigo_sync_fatal(void *, mg_string message) {
  minigo_fatal(std::string(message.ptr, static_cast<size_t>(message.len)).c_str());
}

}  // extern "C"
