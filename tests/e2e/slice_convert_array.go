package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	a := [3]int(s)
	a[0] = 100
	fmt.Println(a, s)
	p := (*[2]int)(s)
	p[1] = 200
	fmt.Println(*p, s)
	q := (*[4]int)(s[0:4])
	fmt.Println(len(q), q[3])
	var zero [0]int = [0]int(s)
	fmt.Println(zero, len(zero))
	var nilSlice []int
	np := (*[0]int)(nilSlice)
	fmt.Println(np == nil)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	short := s[:2]
	_ = [3]int(short)
}
