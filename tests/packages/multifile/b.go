package main

import "fmt"

var base = compute()

var counter int

func compute() int {
	fmt.Println("compute base")
	return 21
}

func init() { fmt.Println("init in b.go") }

func bump() { counter++ }
