#include "runtime/traceback.h"

#include <unwind.h>

#include <map>
#include <string_view>
#include <vector>

#include "runtime/fast_unwind.h"
#include "runtime/minigo_runtime.h"
#include "runtime/source_lines.h"

namespace mgrt {
namespace {

std::map<uintptr_t, mg_function> goFunctions;  // by code address

// An inlined callee is shown with its caller's file: a program's inlined calls are within one
// package's file in all but cross-file calls, whose file the inlining tables do not record.
void append_frame(std::string &out, std::string_view function, const char *file, unsigned line) {
  out += function;
  out += function == "main.main" ? "()\n\t" : "(...)\n\t";
  out += file;
  if (line) out += ":" + std::to_string(line);
  out += '\n';
}

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

std::string format_trace(const std::vector<Trace::Frame> &frames) {
  std::string out;
  bool previousWasSite = false;  // the previous Go frame is the panic's call site
  uintptr_t previousStart = 0;
  for (const Trace::Frame &frame : frames) {
    // ip is a return address: look up the call instruction just before it.
    auto start = reinterpret_cast<uintptr_t>(_Unwind_FindEnclosingFunction(reinterpret_cast<void *>(frame.ip - 1)));
    auto it = goFunctions.find(start);
    if (it == goFunctions.end()) continue;  // runtime and C++ library frames
    bool siteAgain = previousWasSite && start == previousStart;  // seen again when it re-raised
    previousWasSite = frame.cfa == 0;
    previousStart = start;
    if (siteAgain) continue;
    // A call the optimizer inlined here is still a Go frame: the innermost callee at the
    // instruction's line, each caller at the line of its call.
    unsigned line = source_line(frame.ip - 1, it->second.name, start);
    std::vector<const mg_inlined_call *> inlined = inlined_calls(it->second.name, frame.ip - 1 - start);
    for (auto call = inlined.rbegin(); call != inlined.rend(); ++call) {
      append_frame(out, (*call)->callee, it->second.file, line);
      line = unsigned((*call)->call_line);
    }
    if (it->second.shown) append_frame(out, it->second.name, it->second.file, line);
  }
  return out;
}

std::string format_creator(uintptr_t return_address, int64_t creator_id) {
  auto start = reinterpret_cast<uintptr_t>(_Unwind_FindEnclosingFunction(reinterpret_cast<void *>(return_address - 1)));
  auto it = goFunctions.find(start);
  if (it == goFunctions.end()) return "";
  unsigned line = source_line(return_address - 1, it->second.name, start);
  std::string out = std::string("created by ") + it->second.name + " in goroutine " + std::to_string(creator_id) + "\n\t";
  out += it->second.file;
  if (line) out += ":" + std::to_string(line);
  return out + '\n';
}

}  // namespace mgrt

extern "C" void minigo_register_functions(const mg_function *table, int64_t count) {
  for (int64_t i = 0; i < count; ++i) mgrt::goFunctions[reinterpret_cast<uintptr_t>(table[i].code)] = table[i];
}
