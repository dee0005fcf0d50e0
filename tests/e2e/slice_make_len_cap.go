package main

import "fmt"

func main() {
	a := make([]int, 3)
	b := make([]string, 2, 10)
	n := 4
	var u uint8 = 5
	c := make([]bool, n, n*2)
	d := make([]float64, u)
	e := make([]int, 0)
	fmt.Println(a, len(a), cap(a))
	fmt.Printf("%q %d %d\n", b, len(b), cap(b))
	fmt.Println(c, len(c), cap(c))
	fmt.Println(d, len(d), cap(d))
	fmt.Println(e, len(e), cap(e), e == nil)
	var arr [7]int
	p := &arr
	fmt.Println(len(arr), cap(arr), len(p), cap(p))
	const k = len([4]int{}) + cap([5]int{})
	fmt.Println(k)
	var nilSlice []int
	fmt.Println(len(nilSlice), cap(nilSlice))
	big := make([]byte, 1<<20)
	big[len(big)-1] = 7
	fmt.Println(len(big), big[1<<20-1], big[0])
	s := b[:cap(b)]
	fmt.Println(len(s), s[9] == "")
}
