package sync

// A WaitGroup waits for a collection of goroutines to finish: Add sets the number to wait for,
// each goroutine calls Done when it finishes, and Wait blocks until all have.
type WaitGroup struct {
	count   int
	waiters waitQueue
}

// Add adds delta, which may be negative, to the counter. When it becomes zero, every goroutine
// blocked in Wait is released. A negative counter panics.
func (wg *WaitGroup) Add(delta int) {
	wg.count += delta
	if wg.count < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if wg.count == 0 {
		wg.waiters.wakeAll()
	}
}

// Done decrements the counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the counter is zero.
func (wg *WaitGroup) Wait() {
	for wg.count > 0 {
		wg.waiters.wait()
	}
}

// Go calls f in a new goroutine and adds that task to the WaitGroup; when f returns, the task is
// removed.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}
