package main

import "fmt"

func cell(i, j int) {
	fmt.Printf("cell %d,%d\n", i, j)
}

func grid() {
	for i := 0; i < 3; i++ {
		for j := 0; j < 2; j++ {
			defer cell(i, j)
		}
	}
	fmt.Println("grid built")
}

func main() {
	grid()
	fmt.Println("done")
}
