package main

import (
	"errors"
	"fmt"
)

func catch(f func()) (v interface{}) {
	defer func() { v = recover() }()
	f()
	return nil
}

func main() {
	s := catch(func() { panic("text") })
	i := catch(func() { panic(42) })
	b := catch(func() { panic(false) })
	x := catch(func() { panic(2.25) })
	e := catch(func() { panic(errors.New("an error")) })
	n := catch(func() {})
	fmt.Println(s, i, b, x, e, n)
	fmt.Printf("%v|%v|%v|%v|%v|%v\n", s, i, b, x, e, n)
	fmt.Println(s == "text", i == 42, b == false, x == 2.25, n == nil)
}
