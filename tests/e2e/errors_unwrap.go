package main

import (
	"errors"
	"fmt"
)

type NotFound string

func (n NotFound) Error() string { return "not found: " + string(n) }

// fmt.Errorf with %w returns a *fmt.wrapError whose Unwrap() returns the wrapped error.
type unwrapper interface{ Unwrap() error }

func main() {
	base := errors.New("base")
	err := fmt.Errorf("ctx: %w", base)
	u, ok := err.(unwrapper)
	fmt.Println(err, ok, u.Unwrap() == base, u.Unwrap())
	err2 := fmt.Errorf("outer: %w", fmt.Errorf("inner: %w", NotFound("x")))
	for e := err2; e != nil; {
		fmt.Printf("%T %v\n", e, e)
		if w, ok := e.(unwrapper); ok {
			e = w.Unwrap()
		} else {
			e = nil
		}
	}
	plain := fmt.Errorf("no wrap %v", base)
	_, ok = plain.(unwrapper)
	fmt.Println(ok)
	switch err.(type) {
	case unwrapper:
		fmt.Println("switch: unwrapper")
	}
}
