package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println("three-clause", i)
	}
	n := 1
	for n < 50 {
		n *= 3
	}
	fmt.Println("condition-only", n)
	k := 0
	for {
		k++
		if k%2 == 0 {
			continue
		}
		if k > 7 {
			break
		}
		fmt.Println("infinite odd", k)
	}
	sum := 0
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j > i {
				break
			}
			if (i+j)%2 == 1 {
				continue
			}
			sum += i * j
		}
	}
	fmt.Println("nested sum", sum)
	m := 0
	for ; m < 3; {
		m++
	}
	fmt.Println("empty clauses", m)
	count := 0
	for i := 10; i > 0; i -= 3 {
		count++
	}
	fmt.Println("countdown steps", count)
}
