package time

// runtimeTimer is the runtime's timer record (mgrt::Timer in runtime/timers.h): the same
// layout, kept in step by hand. While it is pending, the runtime's heap holds it.
type runtimeTimer struct {
	when    int64 // on the monotonic clock
	period  int64 // > 0: a ticker's
	c       chan Time
	index   int64   // in the runtime's heap, or -1
	sleeper uintptr // used by the runtime's sleep only
}

// The runtime's timer heap (runtime/timers.cpp). stopTimer reports whether t was pending.
func startTimer(t *runtimeTimer)
func stopTimer(t *runtimeTimer) bool
func sleep(ns int64)

// Sleep pauses the current goroutine for at least the duration d; a negative or zero duration
// returns at once.
func Sleep(d Duration) { sleep(int64(d)) }

// start makes r fire after d, and then every period if that is not zero.
func (r *runtimeTimer) start(d, period Duration) {
	_, mono := now()
	r.when = mono + int64(d)
	r.period = int64(period)
	startTimer(r)
}

// stop takes r out of the runtime's heap and drops a value its channel holds, so that no stale
// value is received after Stop or Reset; it reports whether r was pending.
func (r *runtimeTimer) stop() bool {
	active := stopTimer(r)
	select {
	case <-r.c:
	default:
	}
	return active
}

// The Timer type represents a single event: when it expires, the current time is sent on C.
// Its channel has a buffer of one, and Stop and Reset drop a value not yet received, so that
// no stale value is received after them.
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

// NewTimer creates a new Timer that will send the current time on its channel after at least
// duration d.
func NewTimer(d Duration) *Timer {
	t := &Timer{r: runtimeTimer{c: make(chan Time, 1), index: -1}}
	t.C = t.r.c
	t.r.start(d, 0)
	return t
}

// Stop prevents the Timer from firing. It returns true if the call stops the timer, false if
// the timer has already expired or been stopped.
func (t *Timer) Stop() bool { return t.r.stop() }

// Reset changes the timer to expire after duration d. It returns true if the timer had been
// active, false if the timer had expired or been stopped.
func (t *Timer) Reset(d Duration) bool {
	active := t.r.stop()
	t.r.start(d, 0)
	return active
}

// After waits for the duration to elapse and then sends the current time on the returned
// channel: NewTimer(d).C.
func After(d Duration) <-chan Time { return NewTimer(d).C }

// A Ticker holds a channel that delivers the current time at intervals. A slow receiver misses
// ticks: the channel holds one.
type Ticker struct {
	C <-chan Time
	r runtimeTimer
}

// NewTicker returns a new Ticker that sends the current time on its channel every d. It panics
// if d <= 0.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	t := &Ticker{r: runtimeTimer{c: make(chan Time, 1), index: -1}}
	t.C = t.r.c
	t.r.start(d, d)
	return t
}

// Stop turns off the ticker: no more ticks will be sent.
func (t *Ticker) Stop() { t.r.stop() }

// Reset stops the ticker and resets its period to d; the next tick arrives after d. It panics
// if d <= 0.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	t.r.stop()
	t.r.start(d, d)
}

// Tick is NewTicker(d).C, for clients that never stop it; nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
