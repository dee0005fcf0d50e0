package main

import "fmt"

// Go 1.20+: a %w operand that is not an error still makes a *fmt.wrapError, which wraps nil.
func main() {
	e := fmt.Errorf("code %w", 5)
	fmt.Printf("%T %v\n", e, e)
	u, ok := e.(interface{ Unwrap() error })
	fmt.Println(ok, u.Unwrap() == nil)
	e2 := fmt.Errorf("%w and %w", fmt.Errorf("a"), 7)
	fmt.Printf("%T %v\n", e2, e2)
}
