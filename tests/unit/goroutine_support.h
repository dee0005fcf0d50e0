// Helpers for the goroutine and channel tests: a test body runs as the program's main goroutine
// (minigo_run_main), and C++ lambdas run as goroutines.
#pragma once

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <vector>

#include "runtime/minigo_runtime.h"

namespace mgtest {

// Runs `body` as main.main would run: on the main goroutine's stack, with the scheduler set up.
// Tests join every goroutine they start, so that none is left to the next test.
inline void run_as_main(const std::function<void()> &body) {
  static const std::function<void()> *current;
  minigo_init(0, nullptr);
  current = &body;
  minigo_run_main([] { (*current)(); });
}

// `go f()`. The closure lives in malloc memory, which the collector does not scan: tests that
// check what the collector sees pass GC memory to minigo_go themselves. The closures are kept
// for the whole run, so that one whose goroutine is still parked when its main returns is not a
// leak to LeakSanitizer.
inline void go(std::function<void()> f) {
  static std::vector<std::unique_ptr<std::function<void()>>> closures;
  closures.push_back(std::make_unique<std::function<void()>>(std::move(f)));
  minigo_go([](void *arg) { (*static_cast<std::function<void()> *>(arg))(); }, closures.back().get());
}

inline mg_chan *make_chan(int64_t cap) { return minigo_chan_make(sizeof(int64_t), cap); }
inline void send(mg_chan *c, int64_t v) { minigo_chan_send(c, &v); }
inline int64_t recv(mg_chan *c) {
  int64_t v = -1;
  EXPECT_TRUE(minigo_chan_recv(c, &v));
  return v;
}

}  // namespace mgtest
