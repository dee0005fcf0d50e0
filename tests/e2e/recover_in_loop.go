package main

import "fmt"

func safeDiv(a, b int) (q int, ok bool) {
	defer func() {
		if recover() != nil {
			q, ok = 0, false
		}
	}()
	return a / b, true
}

func main() {
	failures := 0
	sum := 0
	for i := -3; i <= 3; i++ {
		q, ok := safeDiv(12, i)
		if !ok {
			failures++
			continue
		}
		sum += q
	}
	fmt.Println("sum", sum, "failures", failures)
	count := 0
	for i := 0; i < 100000; i++ {
		if _, ok := safeDiv(i, i%3); !ok {
			count++
		}
	}
	fmt.Println("recovered", count, "times")
}
