package main

import (
	"fmt"
	"sync"
)

// Spawn and join 100,000 goroutines, ten rounds: each goroutine does a little work and reports
// back with defer wg.Done().
func main() {
	total := 0
	for round := 0; round < 10; round++ {
		var wg sync.WaitGroup
		results := make([]int, 100000)
		for i := range results {
			wg.Add(1)
			go func() {
				defer wg.Done()
				results[i] = i % 7
			}()
		}
		wg.Wait()
		for _, r := range results {
			total += r
		}
	}
	fmt.Println(total)
}
