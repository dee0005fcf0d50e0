package main

import "fmt"

var table = build()

func build() int {
	defer fmt.Println("build's defer runs")
	n := 0
	return 10 / n
}

func main() {
	fmt.Println("never", table)
}
