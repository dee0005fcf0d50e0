package main

import (
	"errors"
	"fmt"
)

func write(m map[string]int) (err error) {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
		if e, ok := r.(error); ok {
			err = e
		}
	}()
	m["x"] = 1
	return nil
}

type runtimeError interface {
	error
	RuntimeError()
}

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["a"], m)
	v, ok := m["a"]
	fmt.Println(v, ok)
	err := write(m)
	fmt.Println(err)
	_, isRuntime := err.(runtimeError)
	fmt.Println(isRuntime, errors.New("x") != err)
	fmt.Println(write(map[string]int{}))
	m = map[string]int{}
	m["ok"] = 1
	fmt.Println(m != nil, m)
	m = nil
	fmt.Println(m == nil)
	var n map[int]int
	n[1]++
}
