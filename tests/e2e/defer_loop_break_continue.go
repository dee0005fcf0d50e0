package main

import "fmt"

func note(s string, i int) { fmt.Println(s, i) }

func scan() {
	for i := 0; ; i++ {
		if i%2 == 1 {
			continue
		}
		defer note("even", i)
		if i >= 6 {
			break
		}
	}
	fmt.Println("scan loop finished")
}

func main() {
	scan()
	total := 0
	func() {
		for i := 0; i < 1000; i++ {
			defer func() { total++ }()
		}
		fmt.Println("inside closure total", total)
	}()
	fmt.Println("after closure total", total)
}
