package main

import "fmt"

// A pipeline of four stages over buffered channels: generate, square, filter, sum; 2,000,000
// values.
func generate(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func square(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * v % 1000003
	}
	close(out)
}

func filter(in <-chan int, out chan<- int) {
	for v := range in {
		if v%3 != 0 {
			out <- v
		}
	}
	close(out)
}

func main() {
	a, b, c := make(chan int, 128), make(chan int, 128), make(chan int, 128)
	go generate(2000000, a)
	go square(a, b)
	go filter(b, c)
	sum, count := 0, 0
	for v := range c {
		sum += v
		count++
	}
	fmt.Println(count, sum)
}
