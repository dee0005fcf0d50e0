package sync

// Cond implements a condition variable, a rendezvous point for goroutines waiting for or
// announcing the occurrence of an event. L is held while the condition is checked or changed.
type Cond struct {
	L       Locker
	waiters waitQueue
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait unlocks c.L, suspends the calling goroutine until Signal or Broadcast wakes it, and locks
// c.L again before returning.
func (c *Cond) Wait() {
	c.L.Unlock()
	c.waiters.wait()
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() { c.waiters.wakeOne() }

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() { c.waiters.wakeAll() }
