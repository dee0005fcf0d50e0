package main

import "fmt"

func main() {
	fmt.Println(2+3*4, (2+3)*4, 10-4-3, 100/10/5)
	fmt.Println(1<<2+1, 1<<(2+1), 7&3|8, 6^3&5)
	fmt.Println(-3*-3, - -4, +5)
	a := 5
	fmt.Println(a*2-1 > 8 && a%2 == 1 || false)
	fmt.Println(!(a > 3) || a == 5 && a != 6)
	const k = 3
	fmt.Println(k*k*k, k<<k, 1000000*1000000)
}
