package main

import "fmt"

const (
	hello = "hello"
	world = "world"
	greet = hello + ", " + world
)

func main() {
	const long = greet + greet + greet + greet + greet + greet + greet + greet
	fmt.Println(greet, len(greet), len(long))
	fmt.Println(greet == "hello, world", hello < world, long > greet)
	switch "hello, " + "world" {
	case hello + world:
		fmt.Println("no")
	case greet:
		fmt.Println("yes")
	}
}
