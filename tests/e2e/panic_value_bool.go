package main

import "fmt"

func main() {
	defer fmt.Println("deferred")
	ok := 3 > 2
	panic(ok)
}
