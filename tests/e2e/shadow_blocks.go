package main

import "fmt"

var x = "package x"

func main() {
	fmt.Println(x)
	x := 1
	fmt.Println("main x", x)
	{
		x := "inner string"
		fmt.Println("block x", x)
		{
			x := true
			fmt.Println("nested block x", x)
		}
		fmt.Println("block x again", x)
	}
	fmt.Println("main x again", x)
	y := 10
	{
		y = 20 // assigns the outer y
		z := y + 1
		fmt.Println("z", z)
	}
	fmt.Println("y", y)
}
