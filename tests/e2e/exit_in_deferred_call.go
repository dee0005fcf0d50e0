package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("registered first: never runs")
	defer os.Exit(4)
	defer fmt.Println("registered last: runs before os.Exit")
	fmt.Println("main body")
}
