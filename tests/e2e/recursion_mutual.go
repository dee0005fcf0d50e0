package main

import "fmt"

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func main() {
	for i := 0; i < 6; i++ {
		fmt.Println(i, isEven(i), isOdd(i))
	}
	fmt.Println(isEven(10001))
}
