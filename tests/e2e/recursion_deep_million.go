package main

import "fmt"

// Go's goroutine stacks grow to 1 GB: a million nested calls are fine.
func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	fmt.Println(depth(1000000))
}
