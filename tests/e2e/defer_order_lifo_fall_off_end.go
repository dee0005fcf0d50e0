package main

import "fmt"

func step(n int) {
	fmt.Println("deferred step", n)
}

func run() {
	defer step(1)
	defer step(2)
	defer step(3)
	defer func() { fmt.Println("deferred literal 4") }()
	fmt.Println("run body")
}

func main() {
	run()
	fmt.Println("after run")
}
