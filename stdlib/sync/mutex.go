package sync

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex. A locked Mutex is not
// associated with a particular goroutine: one may lock it and another unlock it.
type Mutex struct {
	locked  bool
	waiters waitQueue
}

// Lock locks m, waiting until it is available.
func (m *Mutex) Lock() {
	for m.locked {
		m.waiters.wait()
	}
	m.locked = true
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	if m.locked {
		return false
	}
	m.locked = true
	return true
}

// Unlock unlocks m. It is a run-time error if m is not locked on entry to Unlock.
func (m *Mutex) Unlock() {
	if !m.locked {
		fatal("sync: unlock of unlocked mutex")
	}
	m.locked = false
	m.waiters.wakeOne()
}

// An RWMutex is a reader/writer mutual exclusion lock: held by any number of readers or by one
// writer. A writer waiting for the lock keeps new readers out, so that readers cannot starve it.
type RWMutex struct {
	readers int  // readers holding the lock
	writing bool // a writer holds the lock
	readQ   waitQueue
	writeQ  waitQueue
}

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	for rw.writing || rw.writeQ.parked > 0 {
		rw.readQ.wait()
	}
	rw.readers++
}

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool {
	if rw.writing || rw.writeQ.parked > 0 {
		return false
	}
	rw.readers++
	return true
}

// RUnlock undoes a single RLock call.
func (rw *RWMutex) RUnlock() {
	if rw.readers == 0 {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	rw.readers--
	if rw.readers == 0 {
		rw.writeQ.wakeOne()
	}
}

// Lock locks rw for writing, waiting until no reader or writer holds it.
func (rw *RWMutex) Lock() {
	for rw.writing || rw.readers > 0 {
		rw.writeQ.wait()
	}
	rw.writing = true
}

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool {
	if rw.writing || rw.readers > 0 {
		return false
	}
	rw.writing = true
	return true
}

// Unlock unlocks rw for writing: the waiting readers go first, then a waiting writer.
func (rw *RWMutex) Unlock() {
	if !rw.writing {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	rw.writing = false
	if rw.readQ.parked > 0 {
		rw.readQ.wakeAll()
		return
	}
	rw.writeQ.wakeOne()
}

// RLocker returns a Locker whose Lock and Unlock call rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }
