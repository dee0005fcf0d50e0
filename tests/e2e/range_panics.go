package main

import "fmt"

func main() {
	var p *[2]string
	for i := range p {
		fmt.Println(i)
	}
	for i, s := range p {
		fmt.Println(i, s)
	}
}
