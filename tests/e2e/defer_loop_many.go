package main

import "fmt"

var count int
var last int

func record(i int) {
	count++
	last = i
}

func many(n int) {
	for i := 0; i < n; i++ {
		defer record(i)
	}
	fmt.Println("registered", n, "defers, count so far", count)
}

func main() {
	many(100000)
	fmt.Println("count", count, "last", last)
	count = 0
	many(3)
	fmt.Println("count", count, "last", last)
}
