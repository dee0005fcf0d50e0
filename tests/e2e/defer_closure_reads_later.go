package main

import "fmt"

func main() {
	x := 1
	s := "early"
	defer func() {
		fmt.Println("closure sees", x, s)
	}()
	defer fmt.Println("argument captured", x, s)
	x = 2
	s = "late"
	x++
	fmt.Println("body end", x, s)
}
