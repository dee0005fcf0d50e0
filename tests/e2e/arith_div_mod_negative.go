package main

import "fmt"

func main() {
	a, b := 7, 2
	fmt.Println(a/b, a%b)
	fmt.Println(-a/b, -a%b)
	fmt.Println(a/-b, a%-b)
	fmt.Println(-a/-b, -a%-b)
	c := -9
	fmt.Println(c/4, c%4, c/-4, c%-4)
	fmt.Println(0/b, 0%b)
	lowest := -9223372036854775807 - 1
	d := -1
	fmt.Println(lowest/d, lowest%d)
}
