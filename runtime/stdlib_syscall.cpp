// The runtime function of package syscall (stdlib/syscall).
#include <cstring>

#include "runtime/minigo_runtime.h"
#include "runtime/strings.h"

// syscall.errnoText: the C library's description of error number e ("No such file or
// directory"), "" for a number it does not know.
extern "C" mg_string minigo_syscall_errnoText(void *, int64_t e) {
  const char *text = e > 0 && e < 4096 ? strerrordesc_np(static_cast<int>(e)) : nullptr;
  return mgrt::gc_string(text ? text : "");
}
