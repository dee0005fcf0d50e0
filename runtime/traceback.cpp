#include "runtime/traceback.h"

#include <unwind.h>

#include <map>

#include "runtime/fast_unwind.h"
#include "runtime/minigo_runtime.h"
#include "runtime/source_lines.h"

namespace mgrt {
namespace {

struct Frame {
  uintptr_t ip;
  uintptr_t cfa;  // 0 for the call site of a panic that did not unwind its own frame
};
constexpr int kMaxFrames = 100;  // Go also stops after 100 frames
Frame frames[kMaxFrames];
int frameCount = 0;

std::map<uintptr_t, const char *> goFunctions;  // code address -> "main.f"
const char *sourceFile = "?";

}  // namespace

bool is_go_function(uintptr_t start) { return goFunctions.count(start) != 0; }

void trace_start(uintptr_t site) {
  frameCount = 0;
  frames[frameCount++] = {site, 0};
}

void trace_frame(uintptr_t ip, uintptr_t cfa) {
  // A panic raised again by a frame's landing pad passes that frame a second time.
  for (int i = 0; i < frameCount; ++i)
    if (frames[i].cfa == cfa) return;
  if (frameCount < kMaxFrames) frames[frameCount++] = {ip, cfa};
}

std::string format_trace() {
  std::string out;
  uintptr_t previous = 0;
  for (int i = 0; i < frameCount; ++i) {
    // ip is a return address: look up the call instruction just before it.
    auto start = reinterpret_cast<uintptr_t>(_Unwind_FindEnclosingFunction(reinterpret_cast<void *>(frames[i].ip - 1)));
    auto it = goFunctions.find(start);
    if (it == goFunctions.end()) continue;  // runtime and C++ library frames
    bool siteAgain = i > 0 && frames[i - 1].cfa == 0 && start == previous;
    previous = start;
    if (siteAgain) continue;  // the panic site's frame, seen again when it re-raised
    out += it->second;
    out += std::string_view(it->second) == "main.main" ? "()\n\t" : "(...)\n\t";
    out += sourceFile;
    if (unsigned line = source_line(frames[i].ip - 1, it->second, start)) out += ":" + std::to_string(line);
    out += '\n';
  }
  return out;
}

}  // namespace mgrt

extern "C" void minigo_register_functions(const mg_function *table, int64_t count, const char *file) {
  for (int64_t i = 0; i < count; ++i) mgrt::goFunctions[reinterpret_cast<uintptr_t>(table[i].code)] = table[i].name;
  mgrt::sourceFile = file;
}
