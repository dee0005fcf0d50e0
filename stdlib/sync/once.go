package sync

// A Once performs exactly one action.
type Once struct {
	done    bool
	running Mutex
}

// Do calls f if and only if Do is being called for the first time for this Once. Other calls
// wait until that first f has returned. If f panics, Do considers it to have returned: later
// calls return without calling f.
func (o *Once) Do(f func()) {
	if o.done {
		return
	}
	o.running.Lock()
	defer o.running.Unlock()
	if o.done {
		return
	}
	defer o.setDone()
	f()
}

func (o *Once) setDone() { o.done = true }

// OnceFunc returns a function that invokes f only once; the returned function may be called
// concurrently. If f panics, the returned function panics with the same value on every call.
func OnceFunc(f func()) func() {
	var once Once
	var valid bool
	var p any
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		f()
		f = nil
		valid = true
	}
	return func() {
		once.Do(g)
		if !valid {
			panic(p)
		}
	}
}
