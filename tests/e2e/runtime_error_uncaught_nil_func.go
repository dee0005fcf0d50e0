package main

import "fmt"

var hook func(string)

func main() {
	fmt.Println("calling hook")
	hook("x")
}
