// Package sync provides basic synchronization primitives: Mutex, RWMutex, WaitGroup, Once, Cond
// and Pool.
//
// minigo runs every goroutine on one thread and switches only where a goroutine blocks, so the
// state of these types changes only between such points: plain fields are enough, and a
// goroutine that must wait parks on a channel (see waitQueue). Running goroutines on several
// threads would need atomic operations here.
package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// The goroutines parked until another wakes them, in arrival order (the channel's receive
// queue). A send to a goroutine parked in a receive hands over at once, so waking never blocks.
type waitQueue struct {
	c      chan struct{}
	parked int
}

func (q *waitQueue) wait() {
	if q.c == nil {
		q.c = make(chan struct{})
	}
	q.parked++
	<-q.c
}

func (q *waitQueue) wakeOne() {
	if q.parked > 0 {
		q.parked--
		q.c <- struct{}{}
	}
}

func (q *waitQueue) wakeAll() {
	for q.parked > 0 {
		q.wakeOne()
	}
}

// Go's throw: "fatal error: <message>" and exit status 2; deferred calls do not run.
func fatal(message string)
