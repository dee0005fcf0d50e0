package main

import "fmt"

func say(s string, n int) { fmt.Println(s, n) }

func mixed() {
	defer say("before loop", 0)
	for i := 1; i <= 3; i++ {
		defer say("loop", i)
		if i == 2 {
			defer say("loop extra", i)
		}
	}
	defer say("after loop", 4)
	n := 0
	for n < 2 {
		n++
		defer say("condition loop", n)
	}
	fmt.Println("mixed body done")
}

func main() {
	mixed()
}
