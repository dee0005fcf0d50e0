package main

import "fmt"

func check(n int) {
	if n > 3 {
		panic(fmt.Sprintf("value %d is too big (limit %d)", n, 3))
	}
	fmt.Println("ok", n)
}

func main() {
	for i := 1; i < 10; i++ {
		check(i)
	}
}
