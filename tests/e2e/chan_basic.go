package main

import "fmt"

type point struct{ x, y int }

func produce(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i * i
	}
	close(out)
}

func sum(in <-chan int) int {
	total := 0
	for v := range in {
		total += v
	}
	return total
}

func main() {
	// Buffered: sends complete without a receiver until the buffer is full.
	c := make(chan int, 3)
	c <- 1
	c <- 2
	fmt.Println(len(c), cap(c))
	fmt.Println(<-c, <-c, len(c))

	// Close: buffered values are still received, then zero values with ok == false.
	c <- 7
	close(c)
	v, ok := <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok)
	fmt.Println(<-c)

	// Unbuffered, with a goroutine on the other side.
	u := make(chan string)
	go func() { u <- "hello"; u <- "world"; close(u) }()
	for s := range u {
		fmt.Println(s)
	}

	// Directional conversions and a producer/consumer pair.
	squares := make(chan int)
	go produce(squares, 10)
	fmt.Println("sum of squares:", sum(squares))

	// Element types: structs, strings, interfaces, channels of channels, empty structs.
	ps := make(chan point, 1)
	ps <- point{1, 2}
	p := <-ps
	fmt.Println(p, p.x+p.y)
	anys := make(chan interface{}, 2)
	anys <- 42
	anys <- "text"
	fmt.Println(<-anys, <-anys)
	replies := make(chan chan int, 1)
	reply := make(chan int, 1)
	replies <- reply
	(<-replies) <- 99
	fmt.Println(<-reply)
	done := make(chan struct{})
	go func() { close(done) }()
	<-done
	_, open := <-done
	fmt.Println("done open:", open)

	// nil channels, equality, %T, channels as map keys and in interfaces.
	var nilc chan int
	fmt.Println(nilc == nil, len(nilc), cap(nilc), nilc)
	a, b := make(chan int), make(chan int)
	var ra <-chan int = a
	fmt.Println(a == b, a == a, ra == a)
	fmt.Printf("%T %T %T %v\n", a, ra, (chan<- string)(nil), nilc)
	seen := map[chan int]string{a: "a", b: "b"}
	fmt.Println(seen[a], seen[b], len(seen))
	var x interface{} = a
	if y, ok := x.(chan int); ok {
		fmt.Println("interface holds the channel:", y == a)
	}
	switch x.(type) {
	case <-chan int:
		fmt.Println("receive-only")
	case chan int:
		fmt.Println("bidirectional")
	}

	// A receive is evaluated in order with calls.
	q := make(chan int, 3)
	q <- 10
	q <- 20
	q <- 30
	fmt.Println(<-q - <-q, <-q)
}
