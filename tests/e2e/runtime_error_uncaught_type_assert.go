package main

import "fmt"

func main() {
	var v interface{} = "a string"
	n := v.(int)
	fmt.Println(n)
}
