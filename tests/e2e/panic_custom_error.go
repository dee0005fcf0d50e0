package main

import "fmt"

// An uncaught panic whose value is an error prints Error()'s result; Error wins over String.
type Failure string

func (f Failure) Error() string  { return "failure: " + string(f) }
func (f Failure) String() string { return "not this" }

func main() {
	defer fmt.Println("deferred runs first")
	var err error = Failure("disk full")
	panic(err)
}
