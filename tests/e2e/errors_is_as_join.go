package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

type Temp interface{ Temporary() bool }

type tempErr struct{}

func (tempErr) Error() string   { return "temp" }
func (tempErr) Temporary() bool { return true }

var ErrBase = errors.New("base")

func main() {
	w := fmt.Errorf("layer: %w", ErrBase)
	w2 := fmt.Errorf("outer: %w", w)
	fmt.Println(errors.Is(w2, ErrBase), errors.Is(w2, errors.New("base")), errors.Unwrap(w2) == w)
	var nf *NotFound
	e := fmt.Errorf("open: %w", &NotFound{"x.txt"})
	fmt.Println(errors.As(e, &nf), nf.Name, nf)
	var t Temp
	fmt.Println(errors.As(fmt.Errorf("wrap: %w", tempErr{}), &t), t.Temporary())
	j := errors.Join(ErrBase, nil, &NotFound{"y"})
	fmt.Println(j)
	fmt.Println(errors.Is(j, ErrBase), errors.As(j, &nf), nf.Name)
	fmt.Println(errors.Join(nil, nil) == nil, errors.Unwrap(ErrBase))
	defer func() { fmt.Println("recovered:", recover()) }()
	errors.As(e, nf)
}
