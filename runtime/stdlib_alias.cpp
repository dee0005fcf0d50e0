// The runtime function of package internal/alias (stdlib/internal/alias): a string that shares a
// byte slice's memory.
#include "runtime/minigo_runtime.h"

extern "C" mg_string minigo_internal_alias_String(void *, mg_slice b) {
  return {static_cast<const char *>(b.ptr), b.len};
}
