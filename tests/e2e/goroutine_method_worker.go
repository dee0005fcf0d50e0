package main

import (
	"fmt"
)

type worker struct{ id int }

func (w worker) run(jobs <-chan int, results chan<- string, done chan struct{}) {
	defer func() { done <- struct{}{} }()
	for j := range jobs {
		results <- fmt.Sprint(w.id, ":", j)
	}
}

func main() {
	jobs := make(chan int, 3)
	results := make(chan string, 10)
	done := make(chan struct{})
	var ro <-chan int = jobs
	_ = ro
	w := worker{1}
	go w.run(jobs, results, done)
	for i := 0; i < 3; i++ {
		jobs <- i
	}
	close(jobs)
	<-done
	fmt.Println(len(results), cap(results))
	for {
		select {
		case r, ok := <-results:
			if !ok {
				return
			}
			fmt.Println(r)
		case <-done:
		default:
			return
		}
	}
}
