package main

import "fmt"

func main() {
	c := make(chan int, 1)
	// default when nothing is ready
	select {
	case v := <-c:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
	// a send case
	select {
	case c <- 5:
		fmt.Println("sent 5")
	default:
		fmt.Println("full")
	}
	select {
	case c <- 6:
		fmt.Println("sent 6")
	default:
		fmt.Println("full")
	}
	// receive forms: v, ok := ; assignment to existing variables; bare receive
	var v int
	var ok bool
	select {
	case v, ok = <-c:
		fmt.Println("assigned", v, ok)
	}
	close(c)
	select {
	case x, more := <-c:
		fmt.Println("closed:", x, more)
	}
	select {
	case <-c:
		fmt.Println("bare receive from closed channel")
	}
	// nil channels are never ready
	var nilc chan int
	select {
	case nilc <- 1:
		fmt.Println("impossible")
	case <-nilc:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channels block")
	}
	// a ping-pong between goroutines driven by select, with break and a labeled break
	ping, pong, quit := make(chan int), make(chan int), make(chan bool)
	go func() {
		for {
			select {
			case n := <-ping:
				pong <- n + 1
			case <-quit:
				fmt.Println("player quits")
				quit <- true
				return
			}
		}
	}()
	n := 0
loop:
	for {
		select {
		case ping <- n:
			n = <-pong
			if n > 5 {
				break loop
			}
			if n%2 == 0 {
				break // leaves only the select
			}
			fmt.Println("odd", n)
		}
	}
	fmt.Println("n =", n)
	quit <- true
	<-quit
	// operands are evaluated once, in source order, before the choice
	order := []string{}
	ch := func(name string, c chan int) chan int { order = append(order, name); return c }
	val := func(name string, v int) int { order = append(order, name); return v }
	buf := make(chan int, 1)
	select {
	case ch("a", nil) <- val("b", 1):
	case <-ch("c", nil):
	case ch("d", buf) <- val("e", 2):
	}
	fmt.Println(order, <-buf)
	// select in a loop receiving from several producers until all are closed
	c1, c2 := make(chan string), make(chan string)
	go func() { c1 <- "one"; close(c1) }()
	go func() { c2 <- "two"; close(c2) }()
	got := map[string]bool{}
	for c1 != nil || c2 != nil {
		select {
		case s, ok := <-c1:
			if !ok {
				c1 = nil
				continue
			}
			got[s] = true
		case s, ok := <-c2:
			if !ok {
				c2 = nil
				continue
			}
			got[s] = true
		}
	}
	fmt.Println(got)
}
