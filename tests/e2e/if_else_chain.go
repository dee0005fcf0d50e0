package main

import "fmt"

func grade(score int) string {
	if score >= 90 {
		return "A"
	} else if score >= 80 {
		return "B"
	} else if score >= 70 {
		return "C"
	} else {
		return "F"
	}
}

func sign(n int) int {
	if n > 0 {
		return 1
	}
	if n < 0 {
		return -1
	}
	return 0
}

func main() {
	fmt.Println(grade(95), grade(85), grade(75), grade(10))
	fmt.Println(sign(-5), sign(0), sign(5))
	if x := sign(-3); x < 0 {
		fmt.Println("negative", x)
	}
}
