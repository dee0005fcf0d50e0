// Goroutine scheduling, per-goroutine panics, and the fatal ends (deadlock, throw), driven
// through the runtime's C API from goroutines written in C++.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "runtime/minigo_runtime.h"
#include "runtime/panic.h"
#include "tests/unit/goroutine_support.h"
#include "tests/unit/runtime_support.h"

namespace {

using namespace mgtest;

TEST(RuntimeGoroutines, RunnextThenFifo) {
  run_as_main([] {
    std::vector<int> order;
    for (int i = 1; i <= 3; i++) go([&order, i] { order.push_back(i); });
    EXPECT_EQ(minigo_num_goroutine(), 4);
    minigo_gosched();
    // As Go with one P: the newest goroutine sits in runnext, the others wait in order.
    EXPECT_EQ(order, (std::vector<int>{3, 1, 2}));
    EXPECT_EQ(minigo_num_goroutine(), 1);
    minigo_gosched();  // nothing else to run: returns at once
  });
}

TEST(RuntimeGoroutines, TenThousandSignal) {
  run_as_main([] {
    mg_chan *done = make_chan(0);
    for (int64_t i = 0; i < 10000; i++) go([=] { send(done, i); });
    int64_t sum = 0;
    for (int64_t i = 0; i < 10000; i++) sum += recv(done);
    EXPECT_EQ(sum, int64_t{10000} * 9999 / 2);
    minigo_gosched();  // the senders, readied by the receives, end
    EXPECT_EQ(minigo_num_goroutine(), 1);
  });
}

// Spawn-and-join with a counter, as sync.WaitGroup does it; the stacks are reused.
void spawn_and_join(int64_t n) {
  static int64_t pending;
  static mg_chan *all_done;
  pending = n;
  all_done = minigo_chan_make(0, 0);
  for (int64_t i = 0; i < n; i++)
    minigo_go([](void *) {
      if (--pending == 0) minigo_chan_close(all_done);
    }, nullptr);
  minigo_chan_recv(all_done, nullptr);
}

TEST(RuntimeGoroutines, HundredThousandSpawnedAndJoined) {
  run_as_main([] {
    spawn_and_join(100000);
    EXPECT_EQ(minigo_num_goroutine(), 1);
  });
}

TEST(RuntimeGoroutines, DeepRecursionOnAGoroutineStack) {
  run_as_main([] {
    mg_chan *done = make_chan(0);
    go([=] {
      // Each level keeps 4 KB live: 200 KB in all, well inside the 64 MB stack.
      std::function<int64_t(int)> deep = [&](int n) -> int64_t {
        volatile char frame[4096];
        frame[0] = static_cast<char>(n);
        return n == 0 ? 0 : frame[0] + deep(n - 1);
      };
      send(done, deep(50));
    });
    EXPECT_EQ(recv(done), 50 * 51 / 2);
  });
}

// Each goroutine panics, catches it in a frame with defers, and blocks in its deferred call
// while the other panics: each must recover its own value.
TEST(RuntimeGoroutines, RecoverIsPerGoroutine) {
  run_as_main([] {
    mg_chan *turn[2] = {make_chan(0), make_chan(0)}, *done = make_chan(2);
    std::string recovered[2];
    for (int g = 0; g < 2; g++) go([&, g] {
      char frame;
      try {
        panic_string(g == 0 ? "first" : "second");
      } catch (...) {
        minigo_panic_caught(mgrt::newest_panic_exception(), &frame);
      }
      recv(turn[g]);  // the deferred call blocks: the other goroutine runs and panics
      mg_any value = minigo_recover(true);
      recovered[g] = str(*static_cast<mg_string *>(value.data));
      minigo_panic_frame_done();
      send(done, g);
    });
    minigo_gosched();  // both are panicking and parked now
    send(turn[1], 0);
    send(turn[0], 0);
    recv(done);
    recv(done);
    EXPECT_EQ(recovered[0], "first");
    EXPECT_EQ(recovered[1], "second");
    EXPECT_EQ(mgrt::newest_panic_exception(), nullptr);  // main's own state untouched
  });
}

TEST(RuntimeGoroutinesDeathTest, Deadlock) {
  EXPECT_EXIT(run_as_main([] { recv(make_chan(0)); }), testing::ExitedWithCode(2),
              "^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \\[chan receive\\]:\n$");
  EXPECT_EXIT(run_as_main([] {
                mg_chan *c = make_chan(0);
                go([=] { send(c, 1); });
                go([] { minigo_select(nullptr, 0, false); });
                int64_t one = 1;
                minigo_chan_send(nullptr, &one);
              }),
              testing::ExitedWithCode(2),
              "^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \\[chan send \\(nil chan\\)\\]:\n"
              "\ngoroutine [0-9]+ \\[select \\(no cases\\)\\]:\n\ngoroutine [0-9]+ \\[chan send\\]:\n$");
  // The last runnable goroutine ends while main waits.
  EXPECT_EXIT(run_as_main([] {
                go([] {});
                minigo_chan_recv(nullptr, nullptr);
              }),
              testing::ExitedWithCode(2), "goroutine 1 \\[chan receive \\(nil chan\\)\\]:\n$");
}

TEST(RuntimeGoroutines, MainReturningEndsTheProgramWhateverIsBlocked) {
  run_as_main([] { go([] { recv(make_chan(0)); }); });
  // Left parked for good; the next main starts afresh.
  run_as_main([] { EXPECT_EQ(minigo_num_goroutine(), 2); });
}

TEST(RuntimeGoroutinesDeathTest, UncaughtPanicNamesItsGoroutine) {
  EXPECT_EXIT(run_as_main([] {
                go([] {
                  try {
                    panic_string("boom");
                  } catch (...) {  // what a goroutine wrapper's landing pad does
                    minigo_panic_uncaught(mgrt::newest_panic_exception());
                  }
                });
                recv(make_chan(0));
              }),
              testing::ExitedWithCode(2), "^panic: boom\n\ngoroutine ([2-9]|[1-9][0-9]+) \\[running\\]:\n");
}

// Without a wrapper's landing pad the unwinder runs off the goroutine's first frame, whose return
// address is undefined: the panic is reported as uncaught all the same.
TEST(RuntimeGoroutinesDeathTest, PanicRunningOffAGoroutineStack) {
  EXPECT_EXIT(run_as_main([] {
                go([] { panic_string("escaped"); });
                recv(make_chan(0));
              }),
              testing::ExitedWithCode(2), "^panic: escaped\n\ngoroutine ([2-9]|[1-9][0-9]+) \\[running\\]:\n");
}

TEST(RuntimeGoroutinesDeathTest, FatalError) {
  EXPECT_EXIT(run_as_main([] { minigo_fatal("sync: unlock of unlocked mutex"); }), testing::ExitedWithCode(2),
              "^fatal error: sync: unlock of unlocked mutex\n\ngoroutine 1 \\[running\\]:\n$");
}

// Figures for the record, not assertions: timings on a shared VM vary too much.
TEST(RuntimeGoroutines, Benchmarks) {
  run_as_main([] {
    constexpr int64_t kMessages = 1000000;
    mg_chan *ping = make_chan(0), *pong = make_chan(0);
    go([=] {
      for (int64_t v; minigo_chan_recv(ping, &v);) minigo_chan_send(pong, &v);
    });
    auto start = std::chrono::steady_clock::now();
    for (int64_t i = 0; i < kMessages / 2; i++) {
      send(ping, i);
      recv(pong);
    }
    auto ns = std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - start).count();
    minigo_chan_close(ping);
    std::printf("unbuffered ping-pong: %.1f ns per message\n", ns / kMessages);
    for (int round = 0; round < 2; round++) {
      start = std::chrono::steady_clock::now();
      spawn_and_join(100000);
      ns = std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - start).count();
      std::printf("spawn+join of 100k goroutines (%s stacks): %.0f ns per goroutine\n", round ? "pooled" : "warm",
                  ns / 100000);
    }
  });
}

}  // namespace
