// Labels: break and continue to an outer loop, goto backwards; break ends a case on its own line.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break
		case 2:
			fmt.Println("two")
		}
	}
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	n := 0
loop:
	if n < 3 {
		n++
		goto loop
	}
	fmt.Println(n)
}
