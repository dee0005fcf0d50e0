package main

import "fmt"

func main() {
	defer fmt.Println("deferred runs before the crash report")
	zero := 0
	fmt.Println(10 / zero)
}
