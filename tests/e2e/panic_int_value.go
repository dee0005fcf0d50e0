package main

import "fmt"

func main() {
	defer fmt.Println("deferred before int panic")
	panic(42)
}
