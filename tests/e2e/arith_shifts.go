package main

import "fmt"

func main() {
	x := 1
	for s := 0; s < 64; s += 9 {
		fmt.Println(s, x<<s)
	}
	fmt.Println(x<<63, x<<64, x<<70)
	n := -256
	fmt.Println(n>>1, n>>4, n>>63, n>>64, n>>100)
	p := 1000
	fmt.Println(p>>3, p>>20)
	var sh = 3
	fmt.Println(5<<sh, 40>>sh)
	const big = 1 << 40
	fmt.Println(big, big>>38)
}
