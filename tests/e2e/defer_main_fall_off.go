package main

import "fmt"

var steps int

func finish() {
	fmt.Println("finish: steps =", steps)
}

func main() {
	defer finish()
	defer fmt.Println("goodbye")
	for i := 0; i < 5; i++ {
		steps++
	}
	fmt.Println("main body done")
}
