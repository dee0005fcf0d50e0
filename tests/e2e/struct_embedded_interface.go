package main

import (
	"errors"
	"fmt"
)

// A struct that embeds an interface has its methods, which call the embedded value's.
type Named interface{ Name() string }

type dog struct{}

func (dog) Name() string { return "dog" }

type Pet struct {
	Named
	age int
}

type Wrapped struct {
	error
	code int
}

func main() {
	p := Pet{dog{}, 3}
	fmt.Println(p.Name(), p.age)
	var n Named = p
	fmt.Println(n.Name())
	var e error = Wrapped{errors.New("disk full"), 28}
	fmt.Println(e, e.Error())
	w := &Wrapped{errors.New("quota"), 1}
	fmt.Println(w.Error(), w.code)
	var empty Pet
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(empty.Name())
}
