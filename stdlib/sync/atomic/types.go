package atomic

// The atomic types: their zero values are zero; they must not be copied after first use.

// An Int32 is an atomic int32.
type Int32 struct {
	v int32
}

// Load atomically loads and returns the value stored in x.
func (x *Int32) Load() int32 { return x.v }

// Store atomically stores val into x.
func (x *Int32) Store(val int32) { x.v = val }

// Swap atomically stores new into x and returns the previous value.
func (x *Int32) Swap(new int32) (old int32) { return SwapInt32(&x.v, new) }

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Int32) CompareAndSwap(old, new int32) (swapped bool) { return CompareAndSwapInt32(&x.v, old, new) }

// Add atomically adds delta to x and returns the new value.
func (x *Int32) Add(delta int32) (new int32) { return AddInt32(&x.v, delta) }

// And atomically performs a bitwise AND with mask and returns the old value.
func (x *Int32) And(mask int32) (old int32) {
	old = x.v
	x.v &= mask
	return old
}

// Or atomically performs a bitwise OR with mask and returns the old value.
func (x *Int32) Or(mask int32) (old int32) {
	old = x.v
	x.v |= mask
	return old
}

// An Int64 is an atomic int64.
type Int64 struct {
	v int64
}

// Load atomically loads and returns the value stored in x.
func (x *Int64) Load() int64 { return x.v }

// Store atomically stores val into x.
func (x *Int64) Store(val int64) { x.v = val }

// Swap atomically stores new into x and returns the previous value.
func (x *Int64) Swap(new int64) (old int64) { return SwapInt64(&x.v, new) }

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Int64) CompareAndSwap(old, new int64) (swapped bool) { return CompareAndSwapInt64(&x.v, old, new) }

// Add atomically adds delta to x and returns the new value.
func (x *Int64) Add(delta int64) (new int64) { return AddInt64(&x.v, delta) }

// And atomically performs a bitwise AND with mask and returns the old value.
func (x *Int64) And(mask int64) (old int64) {
	old = x.v
	x.v &= mask
	return old
}

// Or atomically performs a bitwise OR with mask and returns the old value.
func (x *Int64) Or(mask int64) (old int64) {
	old = x.v
	x.v |= mask
	return old
}

// An Uint32 is an atomic uint32.
type Uint32 struct {
	v uint32
}

// Load atomically loads and returns the value stored in x.
func (x *Uint32) Load() uint32 { return x.v }

// Store atomically stores val into x.
func (x *Uint32) Store(val uint32) { x.v = val }

// Swap atomically stores new into x and returns the previous value.
func (x *Uint32) Swap(new uint32) (old uint32) { return SwapUint32(&x.v, new) }

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool) { return CompareAndSwapUint32(&x.v, old, new) }

// Add atomically adds delta to x and returns the new value.
func (x *Uint32) Add(delta uint32) (new uint32) { return AddUint32(&x.v, delta) }

// And atomically performs a bitwise AND with mask and returns the old value.
func (x *Uint32) And(mask uint32) (old uint32) {
	old = x.v
	x.v &= mask
	return old
}

// Or atomically performs a bitwise OR with mask and returns the old value.
func (x *Uint32) Or(mask uint32) (old uint32) {
	old = x.v
	x.v |= mask
	return old
}

// An Uint64 is an atomic uint64.
type Uint64 struct {
	v uint64
}

// Load atomically loads and returns the value stored in x.
func (x *Uint64) Load() uint64 { return x.v }

// Store atomically stores val into x.
func (x *Uint64) Store(val uint64) { x.v = val }

// Swap atomically stores new into x and returns the previous value.
func (x *Uint64) Swap(new uint64) (old uint64) { return SwapUint64(&x.v, new) }

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool) { return CompareAndSwapUint64(&x.v, old, new) }

// Add atomically adds delta to x and returns the new value.
func (x *Uint64) Add(delta uint64) (new uint64) { return AddUint64(&x.v, delta) }

// And atomically performs a bitwise AND with mask and returns the old value.
func (x *Uint64) And(mask uint64) (old uint64) {
	old = x.v
	x.v &= mask
	return old
}

// Or atomically performs a bitwise OR with mask and returns the old value.
func (x *Uint64) Or(mask uint64) (old uint64) {
	old = x.v
	x.v |= mask
	return old
}

// An Uintptr is an atomic uintptr.
type Uintptr struct {
	v uintptr
}

// Load atomically loads and returns the value stored in x.
func (x *Uintptr) Load() uintptr { return x.v }

// Store atomically stores val into x.
func (x *Uintptr) Store(val uintptr) { x.v = val }

// Swap atomically stores new into x and returns the previous value.
func (x *Uintptr) Swap(new uintptr) (old uintptr) { return SwapUintptr(&x.v, new) }

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Uintptr) CompareAndSwap(old, new uintptr) (swapped bool) { return CompareAndSwapUintptr(&x.v, old, new) }

// Add atomically adds delta to x and returns the new value.
func (x *Uintptr) Add(delta uintptr) (new uintptr) { return AddUintptr(&x.v, delta) }

// And atomically performs a bitwise AND with mask and returns the old value.
func (x *Uintptr) And(mask uintptr) (old uintptr) {
	old = x.v
	x.v &= mask
	return old
}

// Or atomically performs a bitwise OR with mask and returns the old value.
func (x *Uintptr) Or(mask uintptr) (old uintptr) {
	old = x.v
	x.v |= mask
	return old
}

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
