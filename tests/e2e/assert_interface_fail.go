package main

import "fmt"

// Failed assertions to interfaces with methods name the missing method.
type Shape interface {
	Area() float64
	Name() string
}

type Blob int

func (b Blob) Name() string { return "blob" }

type Code int

func (c Code) Error() string { return "code" }

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	var x interface{} = Blob(1)
	try(func() { _ = x.(Shape) })
	try(func() { _ = x.(fmt.Stringer) })
	try(func() { _ = x.(error) })
	var none interface{}
	try(func() { _ = none.(Shape) })
	var s fmt.Stringer
	try(func() { _ = s.(Shape) })
	var e error = fmt.Errorf("x")
	try(func() { _ = e.(Code) })
	_ = x.(Shape)
}
