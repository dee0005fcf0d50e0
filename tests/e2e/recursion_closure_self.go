package main

import "fmt"

func main() {
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))

	var countdown func(n int) string
	countdown = func(n int) string {
		if n == 0 {
			return "liftoff"
		}
		return fmt.Sprintf("%d", n) + " " + countdown(n-1)
	}
	fmt.Println(countdown(5))
}
