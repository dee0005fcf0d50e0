package main

import "fmt"

func main() {
	fmt.Println("before")
	n := 1 << 46
	s := make([]byte, n)
	fmt.Println(len(s))
}
