package main

import "fmt"

// Package variables are initialized in dependency order, not source order, and init functions
// run after them, in source order, before main.
var (
	total = sum() + base
	base  = offset * 2
	list  = describe()
)

var offset = 3

var log string

func sum() int {
	log += "sum "
	return base + 1
}

func describe() string {
	log += "describe "
	return fmt.Sprint("total=", total)
}

func init() {
	log += "init0 "
	fmt.Println("init 0:", total, base, list)
}

func init() {
	log += "init1 "
	offset++
}

func main() {
	fmt.Println(log)
	fmt.Println(total, base, list, offset)
}
