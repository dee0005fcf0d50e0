package main

import (
	"fmt"
	"sync"
)

// 100,000 goroutines that each defer wg.Done().
func main() {
	const n = 100000
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%1000 == 0 {
				return
			}
			mu.Lock()
			defer mu.Unlock()
			sum += i
		}()
	}
	wg.Wait()
	fmt.Println(sum)
}
