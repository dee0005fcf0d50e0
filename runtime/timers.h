// Timers: time.Sleep, and the timers behind time.Timer, time.Ticker, time.After and time.Tick.
// The scheduler fires the due ones each time it picks a goroutine to run, and sleeps until the
// next one when no goroutine can run.
#pragma once

#include <cstdint>

#include "runtime/minigo_runtime.h"

namespace mgrt {

// Package time's runtimeTimer (stdlib/time/sleep.go): the same layout, kept in step by hand.
// Created in GC memory by the Go side; while pending, the runtime's heap keeps it reachable.
struct Timer {
  int64_t when;     // on the monotonic clock, in nanoseconds
  int64_t period;   // > 0: fires again every period (a Ticker)
  mg_chan *chan;    // gets the time it fired (a time.Time), unless full; null for a sleep
  int64_t index;    // in the heap while pending, else -1
  void *sleeper;    // a sleep's goroutine (G *), readied when it fires
};

// Fires the timers that are due; false when none is pending at all.
bool fire_due_timers();
// With no goroutine runnable: waits for the earliest pending timer and fires it (and any others
// then due). False, at once, when there is none.
bool wait_for_timers();

}  // namespace mgrt
