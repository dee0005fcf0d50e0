package main

import "fmt"

func divmod(a, b int) (q, r int, ok bool) {
	defer func() {
		if b == 0 {
			q, r, ok = -1, -1, false
		}
	}()
	if b == 0 {
		return 0, 0, true
	}
	return a / b, a % b, true
}

func pair() (a int, b string) {
	defer func() { a, b = a+1, b+"!" }()
	defer func() { b = b + "?" }()
	return 10, "hi"
}

func main() {
	fmt.Println(divmod(17, 5))
	fmt.Println(divmod(17, 0))
	x, y := pair()
	fmt.Println(x, y)
}
