package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	hi := 10
	defer fmt.Println("deferred")
	fmt.Println(s[1:hi])
}
