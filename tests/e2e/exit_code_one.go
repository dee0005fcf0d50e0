package main

import (
	"fmt"
	"os"
)

func check(n int) {
	if n > 2 {
		fmt.Println("limit exceeded at", n)
		os.Exit(1)
	}
}

func main() {
	for i := 0; i < 10; i++ {
		check(i)
		fmt.Println("checked", i)
	}
}
