package main

import "fmt"

var unwound int

// Each level has a deferred call; the panic at the bottom unwinds through all of them.
func dive(n int) int {
	defer func() { unwound++ }()
	if n == 0 {
		panic(fmt.Sprintf("bottom reached after %d", unwound))
	}
	return dive(n-1) + 1
}

func attempt(depth int) (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("recovered: ", r)
		}
	}()
	dive(depth)
	return "not reached"
}

func main() {
	for round := 0; round < 3; round++ {
		fmt.Println(attempt(5000), unwound)
	}
}
