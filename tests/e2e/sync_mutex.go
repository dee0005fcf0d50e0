package main

import (
	"fmt"
	"runtime"
	"sync"
)

type account struct {
	mu      sync.Mutex
	balance int
}

func (a *account) deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	b := a.balance
	runtime.Gosched() // another goroutine runs while the lock is held
	a.balance = b + n
}

type cache struct {
	mu sync.RWMutex
	m  map[string]int
}

func (c *cache) get(k string) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *cache) set(k string, v int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k] = v
}

func main() {
	var a account
	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a.deposit(i)
		}()
	}
	wg.Wait()
	fmt.Println("balance", a.balance)

	var m sync.Mutex
	fmt.Println(m.TryLock(), m.TryLock())
	m.Unlock()
	fmt.Println(m.TryLock())
	m.Unlock()

	c := cache{m: map[string]int{}}
	for i := 0; i < 10; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); c.set(fmt.Sprint("k", i), i*i) }()
		go func() { defer wg.Done(); c.get("k1") }()
	}
	wg.Wait()
	v, ok := c.get("k9")
	fmt.Println(v, ok, len(c.m))

	// readers share the lock; a writer waits for them
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println("try write while read-locked:", rw.TryLock(), "try read:", rw.TryRLock())
	rw.RUnlock()
	order := make(chan string, 4)
	wg.Add(1)
	go func() {
		defer wg.Done()
		rw.Lock()
		order <- "writer"
		rw.Unlock()
	}()
	runtime.Gosched()
	order <- "readers done"
	rw.RUnlock()
	rw.RUnlock()
	wg.Wait()
	close(order)
	for s := range order {
		fmt.Println(s)
	}
	l := rw.RLocker()
	l.Lock()
	fmt.Println("read-locked through RLocker:", !rw.TryLock())
	l.Unlock()

	// Once and Cond
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	var once2 sync.Once
	func() {
		defer func() { fmt.Println("once panicked:", recover()) }()
		once2.Do(func() { panic("first call") })
	}()
	once2.Do(func() { fmt.Println("not called again") })
	f := sync.OnceFunc(func() { fmt.Println("OnceFunc body") })
	f()
	f()

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for ready == 0 {
				cond.Wait()
			}
			ready++
			mu.Unlock()
		}()
	}
	runtime.Gosched()
	mu.Lock()
	ready = 1
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("ready", ready)

	p := sync.Pool{New: func() any { return new(int) }}
	x := p.Get().(*int)
	*x = 5
	p.Put(x)
	fmt.Println(*p.Get().(*int), *p.Get().(*int))
	fmt.Println(runtime.NumGoroutine(), runtime.GOMAXPROCS(0) >= 1)
}
