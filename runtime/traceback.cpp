#include "runtime/traceback.h"

#include <unwind.h>

#include <map>

#include "runtime/fast_unwind.h"
#include "runtime/minigo_runtime.h"
#include "runtime/source_lines.h"

namespace mgrt {
namespace {

std::map<uintptr_t, const char *> goFunctions;  // code address -> "main.f" ("" for main.entry)
const char *sourceFile = "?";

}  // namespace

bool is_go_function(uintptr_t start) { return goFunctions.count(start) != 0; }

void Trace::start(uintptr_t site) {
  count = 0;
  frames[count++] = {site, 0};
}

void Trace::add(uintptr_t ip, uintptr_t cfa) {
  // A panic raised again by a frame's landing pad passes that frame a second time.
  for (int i = 0; i < count; ++i)
    if (frames[i].cfa == cfa) return;
  if (count < kMaxFrames) frames[count++] = {ip, cfa};
}

std::string format_trace(const Trace &trace) {
  std::string out;
  bool previousWasSite = false;  // the previous Go frame is the panic's call site
  uintptr_t previousStart = 0;
  for (int i = 0; i < trace.count; ++i) {
    const Trace::Frame &frame = trace.frames[i];
    // ip is a return address: look up the call instruction just before it.
    auto start = reinterpret_cast<uintptr_t>(_Unwind_FindEnclosingFunction(reinterpret_cast<void *>(frame.ip - 1)));
    auto it = goFunctions.find(start);
    if (it == goFunctions.end()) continue;  // runtime and C++ library frames
    bool siteAgain = previousWasSite && start == previousStart;  // seen again when it re-raised
    previousWasSite = frame.cfa == 0;
    previousStart = start;
    if (siteAgain || *it->second == '\0') continue;  // the entry frame is not Go's to show
    out += it->second;
    out += std::string_view(it->second) == "main.main" ? "()\n\t" : "(...)\n\t";
    out += sourceFile;
    if (unsigned line = source_line(frame.ip - 1, it->second, start)) out += ":" + std::to_string(line);
    out += '\n';
  }
  return out;
}

}  // namespace mgrt

extern "C" void minigo_register_functions(const mg_function *table, int64_t count, const char *file) {
  for (int64_t i = 0; i < count; ++i) mgrt::goFunctions[reinterpret_cast<uintptr_t>(table[i].code)] = table[i].name;
  mgrt::sourceFile = file;
}
