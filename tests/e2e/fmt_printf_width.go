package main

import "fmt"

func main() {
	fmt.Printf("[%5d]\n", 42)
	fmt.Printf("[%-5d]\n", 42)
	fmt.Printf("[%5d]\n", -42)
	fmt.Printf("[%2d]\n", 12345)
	fmt.Printf("[%8s]\n", "go")
	fmt.Printf("[%-8s]|\n", "go")
	fmt.Printf("[%3s]\n", "toolong")
	fmt.Printf("[%6t] [%-6t]\n", true, false)
	fmt.Printf("[%6v] [%-6v]\n", 7, "ab")
	fmt.Printf("[%8q]\n", "q")
	for i := 1; i <= 100; i *= 10 {
		fmt.Printf("%-4d|%4d|\n", i, i*i)
	}
}
