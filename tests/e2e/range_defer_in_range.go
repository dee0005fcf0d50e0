package main

import "fmt"

func deferEach() (out string) {
	for i, s := range [3]string{"a", "b", "c"} {
		defer func() { out += fmt.Sprint(i, s) }()
	}
	for i := range 2 {
		defer fmt.Println("deferred", i)
	}
	return "start:"
}

func recoverInLoop() {
	for i := range 3 {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered", r, "in", i)
			}
		}()
	}
	var p *[2]int
	for _, v := range p {
		fmt.Println(v)
	}
}

func main() {
	fmt.Println(deferEach())
	recoverInLoop()
	fmt.Println("done")
}
