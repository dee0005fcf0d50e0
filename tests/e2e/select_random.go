package main

import "fmt"

// Go chooses uniformly among the ready cases: over many rounds each is taken about as often.
func main() {
	a, b, c := make(chan int, 1), make(chan int, 1), make(chan int, 1)
	counts := [3]int{}
	const rounds = 30000
	for i := 0; i < rounds; i++ {
		a <- 1
		b <- 2
		c <- 3
		select {
		case <-a:
			counts[0]++
			<-b
			<-c
		case <-b:
			counts[1]++
			<-a
			<-c
		case <-c:
			counts[2]++
			<-a
			<-b
		}
	}
	for i, n := range counts {
		fmt.Println(i, n > rounds/3-1000 && n < rounds/3+1000)
	}
	// with a default, a ready case is still preferred
	d := make(chan int, 1)
	d <- 1
	took := 0
	for i := 0; i < 100; i++ {
		select {
		case v := <-d:
			took += v
			d <- 1
		default:
		}
	}
	fmt.Println(took)
}
