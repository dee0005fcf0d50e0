package main

import "fmt"

func main() {
	a, b := 12, 10
	fmt.Println(a&b, a|b, a^b, a&^b)
	fmt.Println(^a, ^0, -a^b)
	c := -1
	fmt.Println(c&255, c&^255, c|1, c^c)
	x := 0
	x |= 1
	x |= 4
	x ^= 5
	x &= 7
	fmt.Println(x)
	y := 255
	y &^= 15
	y <<= 2
	y >>= 1
	fmt.Println(y)
	z := 17
	z %= 5
	z *= 3
	z -= 1
	z /= 2
	fmt.Println(z)
}
