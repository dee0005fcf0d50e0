package main

import "fmt"

func tag(n int) { fmt.Println("deferred", n) }

func main() {
	defer tag(1)
	defer func() { fmt.Println("deferred literal 2") }()
	defer tag(3)
	fmt.Println("about to panic")
	panic("boom in main")
}
