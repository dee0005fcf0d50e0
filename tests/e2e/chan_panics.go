package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		var re runtime.Error
		fmt.Printf("%s: %v (error: %v, runtime.Error: %v)\n", name, r, isErr, isErr && errors.As(err, &re))
	}()
	f()
}

func main() {
	try("send on closed", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("close of closed", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("close of nil", func() {
		var c chan int
		close(c)
	})
	try("negative buffer", func() {
		n := -1
		_ = make(chan int, n)
	})
	try("blocked sender sees the close", func() {
		c := make(chan int)
		go func() { close(c) }()
		c <- 1
	})
	c := make(chan int)
	close(c)
	c <- 2
}
