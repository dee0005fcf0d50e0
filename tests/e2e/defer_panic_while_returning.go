package main

import "fmt"

func cleanup() {
	defer fmt.Println("cleanup outer defer runs after the deferred panic")
	defer panic("deferred panic during normal return")
	fmt.Println("cleanup body finished normally")
}

func main() {
	defer fmt.Println("main defer")
	cleanup()
	fmt.Println("unreached")
}
