package main

import "fmt"

func main() {
	defer fmt.Println("first registered defer still runs")
	defer func() {
		fmt.Println("deferred closure panics again")
		panic("second")
	}()
	defer fmt.Println("last registered defer runs first")
	panic("first")
}
