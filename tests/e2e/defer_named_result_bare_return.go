package main

import "fmt"

func bare(x int) (result int) {
	defer func() {
		fmt.Println("defer sees result", result)
		result += 1000
	}()
	result = x * 3
	return
}

func bareEarly(x int) (result int) {
	defer func() { result = -result }()
	result = x
	if x > 5 {
		return
	}
	result = x + 1
	return
}

func zeroNamed() (n int, ok bool) {
	defer func() { n++ }()
	return
}

func main() {
	fmt.Println(bare(7))
	fmt.Println(bareEarly(9), bareEarly(2))
	fmt.Println(zeroNamed())
}
