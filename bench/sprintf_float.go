package main

import "fmt"

// fmt.Sprintf("%.3f") of 3 million floats.
func main() {
	total := 0
	x := 0.0
	for i := 0; i < 3000000; i++ {
		x += 1.0009765625
		total += len(fmt.Sprintf("%.3f", x*float64(i%97)))
	}
	fmt.Println(total)
}
