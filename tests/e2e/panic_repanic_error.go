package main

import (
	"errors"
	"fmt"
)

var errBroken = errors.New("broken")

// An error value recovered and raised again is the same interface value: one line.
func work() (err error) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("cleanup after", r)
			panic(r)
		}
	}()
	panic(errBroken)
}

func main() {
	work()
}
