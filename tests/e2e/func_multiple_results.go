package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func minmax(a, b int) (lo, hi int) {
	if a < b {
		return a, b
	}
	lo, hi = b, a
	return
}

func three() (int, string, bool) {
	return 1, "two", true
}

func forward() (int, int) {
	return divmod(23, 4)
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(minmax(9, 3))
	fmt.Println(minmax(3, 9))
	a, b, c := three()
	fmt.Println(a, b, c)
	fmt.Println(forward())
	var x, y int
	x, y = divmod(-17, 5)
	fmt.Println(x, y)
	_, onlyHi := minmax(1, 2)
	fmt.Println(onlyHi)
}
