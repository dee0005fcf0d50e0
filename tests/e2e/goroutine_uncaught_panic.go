package main

import "fmt"

// A panic no deferred call of its goroutine recovers ends the program; main's defers do not run.
func main() {
	defer fmt.Println("not printed")
	done := make(chan bool)
	go func() {
		defer fmt.Println("the goroutine's own defer runs")
		panic(fmt.Sprintf("boom %d", 42))
	}()
	<-done
}
