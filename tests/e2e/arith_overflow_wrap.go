package main

import "fmt"

func main() {
	highest := 9223372036854775807
	fmt.Println(highest)
	highest++
	fmt.Println(highest)
	lowest := -9223372036854775807 - 1
	lowest--
	fmt.Println(lowest)
	m := 3037000500
	fmt.Println(m * m)
	x := 1
	for i := 0; i < 70; i++ {
		x *= 2
	}
	fmt.Println(x)
	y := 9223372036854775807
	fmt.Println(y+y, -y-y)
	z := -9223372036854775807 - 1
	fmt.Println(-z, z*-1)
}
