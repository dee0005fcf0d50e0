package main

import (
	"errors"
	"fmt"
)

func main() {
	defer func() {
		r := recover()
		panic(fmt.Errorf("cleanup failed after: %v", r))
	}()
	panic(errors.New("disk full"))
}
