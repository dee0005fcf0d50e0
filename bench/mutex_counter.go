package main

import (
	"fmt"
	"sync"
)

// 1,000 goroutines each add to a Mutex-protected counter 2,000 times.
type counter struct {
	mu sync.Mutex
	n  map[int]int
}

func (c *counter) add(k int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k%16]++
}

func main() {
	c := counter{n: map[int]int{}}
	var wg sync.WaitGroup
	for g := 0; g < 1000; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				c.add(g + i)
			}
		}()
	}
	wg.Wait()
	total := 0
	for _, v := range c.n {
		total += v
	}
	fmt.Println(total, len(c.n))
}
