package main

import (
	"errors"
	"fmt"

	"example.com/crosspanic/deep"
)

func main() {
	err := deep.Safely(func() { deep.Index([]int{1, 2}, 5) })
	fmt.Println("recovered:", err)
	var re deep.RangeError
	fmt.Println(errors.As(deep.Check(-1), &re), re.N)
	defer fmt.Println("deferred in main runs")
	deep.Explode("boom")
}
