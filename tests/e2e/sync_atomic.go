package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var c atomic.Int64
	var u atomic.Uint32
	var flag atomic.Bool
	var wg sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&n, 2)
			c.Add(1)
			u.Add(3)
			flag.Store(true)
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n), c.Load(), u.Load(), flag.Load())
	var i32 int32 = 5
	fmt.Println(atomic.CompareAndSwapInt32(&i32, 5, 6), atomic.CompareAndSwapInt32(&i32, 5, 7), i32)
	fmt.Println(atomic.SwapInt32(&i32, 9), atomic.LoadInt32(&i32))
	atomic.StoreInt32(&i32, -1)
	fmt.Println(i32, c.CompareAndSwap(1000, 1), c.Swap(4), c.Load())
	fmt.Println(flag.CompareAndSwap(true, false), flag.Swap(true), flag.Load())
	var x atomic.Int32
	fmt.Println(x.Or(6), x.And(3), x.Load())

	var v atomic.Value
	fmt.Println(v.Load())
	v.Store("config-1")
	fmt.Println(v.Load(), v.Swap("config-2"), v.Load())
	fmt.Println(v.CompareAndSwap("config-2", "config-3"), v.CompareAndSwap("nope", "x"), v.Load())
	try := func(f func()) {
		defer func() { fmt.Println("panic:", recover()) }()
		f()
	}
	try(func() { v.Store(42) })
	try(func() { v.Store(nil) })
}
