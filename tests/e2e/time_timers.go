package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("slept at least 20ms:", el >= 20*time.Millisecond, el < 2*time.Second)

	// sleeping goroutines wake in deadline order
	done := make(chan int)
	for _, ms := range []int{30, 10, 20} {
		go func() {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			done <- ms
		}()
	}
	fmt.Println(<-done, <-done, <-done)

	// After and select with a timeout
	c := make(chan int)
	select {
	case v := <-c:
		fmt.Println("unexpected", v)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timed out")
	}

	// a timer that is stopped never fires; Reset restarts it
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t.Stop(), t.Stop())
	t.Reset(5 * time.Millisecond)
	at := <-t.C
	fmt.Println("fired after reset:", !at.Before(start))
	fmt.Println("stop after firing:", t.Stop())

	// a ticker ticks until stopped
	tk := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks:", n)
	tick := time.Tick(2 * time.Millisecond)
	<-tick
	<-tick
	fmt.Println("Tick works, nil for 0:", time.Tick(0) == nil)
	func() {
		defer func() { fmt.Println(recover()) }()
		time.NewTicker(0)
	}()
	time.Sleep(0)
	time.Sleep(-1)
	fmt.Println("done")
}
