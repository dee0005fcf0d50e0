package sync

// A Pool is a set of temporary objects that may be individually saved and retrieved. Get returns
// one of the saved objects, or, when there is none, the result of New (nil without New).
type Pool struct {
	New   func() any
	items []any
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.items = append(p.items, x)
}

// Get removes an arbitrary item from the pool and returns it, or returns p.New() when the pool
// is empty.
func (p *Pool) Get() any {
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}
