package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("first recovered:", r)
		zero := 0
		fmt.Println(5 % zero)
	}()
	panic("initial")
}
