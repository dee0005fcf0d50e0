package main

import "fmt"

func compute(n int) (total int) {
	defer func() {
		if r := recover(); r != nil {
			total = r.(int) + 1
		}
	}()
	panic(n * n)
}

func main() {
	fmt.Println(compute(6), compute(-3))
	var sum int
	for i := 1; i <= 4; i++ {
		sum += compute(i)
	}
	fmt.Println(sum)
}
