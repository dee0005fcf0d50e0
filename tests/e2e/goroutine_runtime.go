package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	stop := make(chan bool)
	for i := 0; i < 5; i++ {
		go func() { <-stop }()
	}
	runtime.Gosched()
	fmt.Println(runtime.NumGoroutine())
	close(stop)
	runtime.Gosched()
	fmt.Println(runtime.NumGoroutine())
	// Gosched lets a ready goroutine run; without it, none runs before main blocks
	out := make(chan string, 3)
	go func() { out <- "goroutine" }()
	out <- "main first"
	runtime.Gosched()
	out <- "main after yield"
	close(out)
	for s := range out {
		fmt.Println(s)
	}
	runtime.GC()
	fmt.Println(runtime.GOOS, runtime.GOARCH, runtime.NumCPU() > 0)
}
