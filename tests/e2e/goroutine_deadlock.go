package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		fmt.Println("the goroutine waits for a value too")
		<-c
	}()
	fmt.Println("main waits")
	<-c
}
