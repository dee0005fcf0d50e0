package main

import "fmt"

func double(x int) (r int) {
	defer func() { r *= 2 }()
	return x
}

func addAfter(x int) (r int) {
	defer func() { r = r + 100 }()
	r = 1
	return x + 5
}

func label(n int) (s string) {
	defer func() { s = "<" + s + ">" }()
	if n > 0 {
		return "positive"
	}
	return "not positive"
}

func main() {
	fmt.Println(double(21))
	fmt.Println(addAfter(1))
	fmt.Println(label(3), label(-3))
}
