package atomic

// A Bool is an atomic boolean value.
type Bool struct {
	v bool
}

// Load atomically loads and returns the value stored in x.
func (x *Bool) Load() bool { return x.v }

// Store atomically stores val into x.
func (x *Bool) Store(val bool) { x.v = val }

// Swap atomically stores new into x and returns the previous value.
func (x *Bool) Swap(new bool) (old bool) {
	old = x.v
	x.v = new
	return old
}

// CompareAndSwap executes the compare-and-swap operation for the boolean value x.
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}
