package atomic

import "internal/reflectlite"

// A Value provides an atomic load and store of a consistently typed value. The zero value
// returns nil from Load. Once Store has been called, a Value must not be copied.
type Value struct {
	v any
}

// Load returns the value set by the most recent Store, or nil if there has been no call to Store.
func (v *Value) Load() (val any) { return v.v }

func (v *Value) check(val any, op string) {
	if val == nil {
		panic("sync/atomic: " + op + " of nil value into Value")
	}
	if v.v != nil && !reflectlite.SameType(val, v.v) {
		panic("sync/atomic: " + op + " of inconsistently typed value into Value")
	}
}

// Store sets the value of the Value v to val. All calls to Store for a given Value must use
// values of the same concrete type; a nil val panics.
func (v *Value) Store(val any) {
	v.check(val, "store")
	v.v = val
}

// Swap stores new into Value and returns the previous value (nil if the Value is empty).
func (v *Value) Swap(new any) (old any) {
	v.check(new, "swap")
	old = v.v
	v.v = new
	return old
}

// CompareAndSwap executes the compare-and-swap operation for the Value.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	v.check(new, "compare and swap")
	if v.v != old {
		return false
	}
	v.v = new
	return true
}
