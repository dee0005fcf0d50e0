package main

import "fmt"

func main() {
	fmt.Println("stdout line")
	println("println to stderr", 42, true)
	print("print to stderr ", -7, "\n")
	fmt.Println("second stdout line")
	panic("after printing")
}
