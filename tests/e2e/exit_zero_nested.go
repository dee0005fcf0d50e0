package main

import "os"
import "fmt"

func deeper(n int) {
	defer fmt.Println("deeper defer", n)
	if n == 0 {
		os.Exit(0)
	}
	deeper(n - 1)
}

func main() {
	fmt.Println("before")
	deeper(3)
	fmt.Println("after (unreached)")
}
