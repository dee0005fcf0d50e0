package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, big)
	s := []int{1, 2, 3, 4, 5}
	n = copy(s[1:], s)
	fmt.Println(n, s)
	s = []int{1, 2, 3, 4, 5}
	n = copy(s, s[2:])
	fmt.Println(n, s)
	b := make([]byte, 5)
	n = copy(b, "hello, world")
	fmt.Println(n, string(b))
	var empty []int
	fmt.Println(copy(empty, src), copy(dst, empty))
	strs := []string{"a", "b"}
	out := make([]string, 2)
	copy(out, strs)
	strs[0] = "z"
	fmt.Println(out, strs)
	var arr [4]int
	copy(arr[:], src)
	fmt.Println(arr)
}
