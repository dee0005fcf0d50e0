package main

import "fmt"

func value() int { return 7 }

func main() {
	n := 100
	if n := value(); n > 5 {
		fmt.Println("if n", n)
	} else {
		fmt.Println("else n", n)
	}
	fmt.Println("outer n", n)
	if n := 1; n > 5 {
		fmt.Println("unreached", n)
	} else if m := n + 1; m == 2 {
		fmt.Println("else-if sees n and m", n, m)
	}
	i := -1
	for i := 0; i < 3; i++ {
		i := i * 10
		fmt.Println("loop body i", i)
	}
	fmt.Println("outer i", i)
}
