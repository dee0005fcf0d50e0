package main

import "fmt"

func main() {
	n := 10
	defer func(v int, s string) {
		fmt.Println("param", v, s, "captured", n)
	}(n, "ten")
	n = 20
	defer func(v int) {
		fmt.Println("param", v, "captured", n)
	}(n * 2)
	n = 30
	fmt.Println("body n", n)
}
