package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

// The seed's idiom: workers started with go, each reporting back with defer wg.Done(), whether
// it returns early, finishes or panics (and recovers in its own goroutine).
type result struct {
	id  int
	msg string
}

var errSkip = errors.New("skipped")

func work(id int) (string, error) {
	switch {
	case id%4 == 0:
		return "", errSkip
	case id == 7:
		var m map[string]int
		m["boom"] = 1 // panics: assignment to entry in nil map
	}
	return fmt.Sprintf("square %d", id*id), nil
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var results []result
	ch := make(chan result, 20)
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					mu.Lock()
					results = append(results, result{id, fmt.Sprint("recovered: ", r)})
					mu.Unlock()
				}
			}()
			msg, err := work(id)
			if err != nil {
				ch <- result{id, err.Error()}
				return // early return: Done still runs
			}
			mu.Lock()
			defer mu.Unlock()
			results = append(results, result{id, msg})
		}(i)
	}
	wg.Wait()
	close(ch)
	for r := range ch {
		results = append(results, r)
	}
	sort.Slice(results, func(i, j int) bool { return results[i].id < results[j].id })
	for _, r := range results {
		fmt.Println(r.id, r.msg)
	}
	fmt.Println(len(results), "results")

	// Wait with nothing to wait for, reuse, WaitGroup.Go, and several waiters.
	var empty sync.WaitGroup
	empty.Wait()
	total := 0
	for round := 0; round < 3; round++ {
		for i := 0; i < 5; i++ {
			wg.Go(func() {
				mu.Lock()
				total += i
				mu.Unlock()
			})
		}
		wg.Wait()
	}
	fmt.Println("total", total)
	var gate sync.WaitGroup
	gate.Add(1)
	var waiters sync.WaitGroup
	for i := 0; i < 3; i++ {
		waiters.Add(1)
		go func() {
			defer waiters.Done()
			gate.Wait()
		}()
	}
	gate.Done()
	waiters.Wait()
	fmt.Println("all waiters released")

	defer func() { fmt.Println("recovered:", recover()) }()
	wg.Done()
}
