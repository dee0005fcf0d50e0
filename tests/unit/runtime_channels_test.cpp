// Channels and select driven through the runtime's C API from goroutines written in C++.
#include <gc.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "runtime/minigo_runtime.h"
#include "tests/unit/goroutine_support.h"
#include "tests/unit/runtime_support.h"

namespace {

using namespace mgtest;

TEST(RuntimeChannels, UnbufferedPingPong) {
  run_as_main([] {
    mg_chan *ping = make_chan(0), *pong = make_chan(0);
    go([=] {
      for (int64_t v; minigo_chan_recv(ping, &v);) send(pong, v * 2);
    });
    for (int64_t i = 0; i < 1000; i++) {
      send(ping, i);
      ASSERT_EQ(recv(pong), i * 2);
    }
    minigo_chan_close(ping);
    minigo_gosched();  // the echo goroutine sees the close and ends
    EXPECT_EQ(minigo_num_goroutine(), 1);
  });
}

TEST(RuntimeChannels, BufferedIsFifoWithLenAndCap) {
  run_as_main([] {
    mg_chan *c = make_chan(3);
    EXPECT_EQ(minigo_chan_cap(c), 3);
    send(c, 1);
    send(c, 2);
    EXPECT_EQ(minigo_chan_len(c), 2);
    EXPECT_EQ(recv(c), 1);
    send(c, 3);
    send(c, 4);  // wraps around the ring
    EXPECT_EQ(minigo_chan_len(c), 3);
    EXPECT_EQ(recv(c), 2);
    EXPECT_EQ(recv(c), 3);
    EXPECT_EQ(recv(c), 4);
    EXPECT_EQ(minigo_chan_len(c), 0);
    // A sender that fills the buffer parks; its values still arrive in order.
    go([=] {
      for (int64_t i = 0; i < 100; i++) send(c, i);
    });
    for (int64_t i = 0; i < 100; i++) ASSERT_EQ(recv(c), i);
    EXPECT_EQ(minigo_chan_len(nullptr), 0);
    EXPECT_EQ(minigo_chan_cap(nullptr), 0);
  });
}

TEST(RuntimeChannels, ZeroSizeElements) {
  run_as_main([] {
    mg_chan *c = minigo_chan_make(0, 2);
    minigo_chan_send(c, nullptr);
    EXPECT_EQ(minigo_chan_len(c), 1);
    EXPECT_TRUE(minigo_chan_recv(c, nullptr));
    mg_chan *done = minigo_chan_make(0, 0);
    go([=] { minigo_chan_close(done); });
    EXPECT_FALSE(minigo_chan_recv(done, nullptr));
  });
}

TEST(RuntimeChannels, Close) {
  run_as_main([] {
    mg_chan *c = make_chan(2);
    send(c, 7);
    send(c, 8);
    minigo_chan_close(c);
    EXPECT_EQ(recv(c), 7);  // a closed channel is drained first
    EXPECT_EQ(recv(c), 8);
    int64_t v = 99;
    EXPECT_FALSE(minigo_chan_recv(c, &v));
    EXPECT_EQ(v, 0);
    EXPECT_EQ(panic_message([=] { send(c, 1); }), "panic: send on closed channel");
    EXPECT_EQ(panic_message([=] { minigo_chan_close(c); }), "panic: close of closed channel");
    EXPECT_EQ(panic_message([] { minigo_chan_close(nullptr); }), "panic: close of nil channel");
    EXPECT_EQ(panic_message([] { minigo_chan_make(8, -1); }), "panic: makechan: size out of range");
    EXPECT_EQ(panic_message([] { minigo_chan_make(8, int64_t{1} << 60); }), "panic: makechan: size out of range");

    // Close wakes every parked receiver (zero value, ok false) and makes parked senders panic.
    mg_chan *u = make_chan(0);
    int64_t closed_receivers = 0;
    std::string sender_panic;
    for (int i = 0; i < 3; i++) go([&, u] {
      int64_t got = 5;
      if (!minigo_chan_recv(u, &got) && got == 0) closed_receivers++;
    });
    minigo_gosched();  // all three park
    minigo_chan_close(u);
    minigo_gosched();
    EXPECT_EQ(closed_receivers, 3);
    mg_chan *s = make_chan(0);
    go([&, s] { sender_panic = panic_message([=] { send(s, 1); }); });
    minigo_gosched();  // it parks
    minigo_chan_close(s);
    minigo_gosched();
    EXPECT_EQ(sender_panic, "panic: send on closed channel");
    EXPECT_EQ(minigo_num_goroutine(), 1);
  });
}

TEST(RuntimeSelect, DefaultAndReadyCases) {
  run_as_main([] {
    mg_chan *a = make_chan(1), *b = make_chan(1);
    int64_t got = 0, one = 1;
    mg_select_case cases[] = {{a, &got, 0, 0}, {b, &one, 1, 0}, {nullptr, &got, 0, 0}};
    EXPECT_EQ(minigo_select(cases, 1, true), -1);  // nothing to receive
    EXPECT_EQ(minigo_select(cases, 3, true), 1);   // room to send; the nil channel never ready
    EXPECT_EQ(minigo_chan_len(b), 1);
    EXPECT_EQ(minigo_select(cases, 2, true), -1);  // b is full now
    EXPECT_EQ(minigo_select(nullptr, 0, true), -1);
    send(a, 42);
    EXPECT_EQ(minigo_select(cases, 1, false), 0);
    EXPECT_EQ(got, 42);
    EXPECT_EQ(cases[0].received_ok, 1);
    minigo_chan_close(a);
    got = 3;
    EXPECT_EQ(minigo_select(cases, 1, false), 0);
    EXPECT_EQ(got, 0);
    EXPECT_EQ(cases[0].received_ok, 0);
    mg_select_case send_closed[] = {{a, &one, 1, 0}};
    EXPECT_EQ(panic_message([&] { minigo_select(send_closed, 1, true); }), "panic: send on closed channel");
  });
}

TEST(RuntimeSelect, ChoosesUniformlyAmongReadyCases) {
  run_as_main([] {
    mg_chan *chans[3] = {make_chan(1000), make_chan(1000), make_chan(1000)};
    for (mg_chan *c : chans)
      for (int i = 0; i < 1000; i++) send(c, i);
    int64_t got = 0, chosen[3] = {0, 0, 0};
    mg_select_case cases[] = {{chans[0], &got, 0, 0}, {chans[1], &got, 0, 0}, {chans[2], &got, 0, 0}};
    for (int i = 0; i < 900; i++) chosen[minigo_select(cases, 3, false)]++;
    for (int64_t n : chosen) EXPECT_GT(n, 200);  // 300 expected each
  });
}

TEST(RuntimeSelect, ParksOnEveryCaseUntilOneFires) {
  run_as_main([] {
    mg_chan *a = make_chan(0), *b = make_chan(0), *out = make_chan(0);
    go([=] { send(b, 5); });
    int64_t got = 0, v = 9;
    mg_select_case cases[] = {{a, &got, 0, 0}, {b, &got, 0, 0}, {out, &v, 1, 0}};
    EXPECT_EQ(minigo_select(cases, 3, false), 1);
    EXPECT_EQ(got, 5);
    EXPECT_EQ(cases[1].received_ok, 1);
    // The other cases' waiters are gone: a later send on `a` must reach a plain receiver.
    go([=] { send(a, 6); });
    EXPECT_EQ(recv(a), 6);
    go([=] { EXPECT_EQ(recv(out), 9); });
    EXPECT_EQ(minigo_select(cases, 3, false), 2);  // the send case, taken by the receiver
    go([=] { minigo_chan_close(a); });
    got = 4;
    EXPECT_EQ(minigo_select(cases, 2, false), 0);  // woken by the close
    EXPECT_EQ(got, 0);
    EXPECT_EQ(cases[0].received_ok, 0);
    // Many cases: the waiters live in GC memory.
    std::vector<mg_chan *> many;
    std::vector<mg_select_case> many_cases;
    for (int i = 0; i < 20; i++) many.push_back(make_chan(0));
    for (mg_chan *c : many) many_cases.push_back({c, &got, 0, 0});
    go([&] { send(many[13], 77); });
    EXPECT_EQ(minigo_select(many_cases.data(), 20, false), 13);
    EXPECT_EQ(got, 77);
    EXPECT_EQ(minigo_num_goroutine(), 1);
  });
}

// ---- what the collector sees -------------------------------------------------------------------

int64_t collected = 0;

void *tracked_object(int64_t tag) {
  auto *p = static_cast<int64_t *>(GC_MALLOC(64));
  p[0] = tag;
  GC_register_finalizer(p, [](void *, void *) { collected++; }, nullptr, nullptr, nullptr);
  return p;
}

void collect_hard() {
  for (int i = 0; i < 3; i++) {
    for (int j = 0; j < 10000; j++) GC_MALLOC(64);  // garbage that would reuse freed objects
    GC_gcollect();
    GC_invoke_finalizers();
  }
}

TEST(RuntimeChannels, ValuesSurviveCollectionInBuffersAndParkedSenders) {
  run_as_main([] {
    collected = 0;
    mg_chan *buffered = minigo_chan_make(sizeof(void *), 100);
    for (int64_t i = 0; i < 100; i++) {
      void *p = tracked_object(i);
      minigo_chan_send(buffered, &p);
    }
    // The senders' values live only on their own suspended stacks.
    struct SenderArg {
      mg_chan *c;
      int64_t tag;
    };
    mg_chan *unbuffered = minigo_chan_make(sizeof(void *), 0);
    for (int64_t i = 0; i < 50; i++) {
      auto *arg = static_cast<SenderArg *>(GC_MALLOC(sizeof(SenderArg)));
      *arg = {unbuffered, 1000 + i};
      minigo_go(
          [](void *raw) {
            auto *arg = static_cast<SenderArg *>(raw);
            void *p = tracked_object(arg->tag);
            minigo_chan_send(arg->c, &p);
          },
          arg);
    }
    minigo_gosched();  // each sender parks
    collect_hard();
    EXPECT_EQ(collected, 0);
    for (int64_t i = 0; i < 100; i++) {
      int64_t *p = nullptr;
      ASSERT_TRUE(minigo_chan_recv(buffered, &p));
      ASSERT_EQ(p[0], i);
    }
    int64_t tag_sum = 0;
    for (int64_t i = 0; i < 50; i++) {
      int64_t *p = nullptr;
      ASSERT_TRUE(minigo_chan_recv(unbuffered, &p));
      tag_sum += p[0];
    }
    EXPECT_EQ(tag_sum, 50 * 1000 + 49 * 50 / 2);
    minigo_gosched();
    EXPECT_EQ(minigo_num_goroutine(), 1);
  });
}

}  // namespace
