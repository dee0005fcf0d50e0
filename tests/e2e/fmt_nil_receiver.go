package main

import "fmt"

// fmt prints <nil> for a nil pointer whose String or Error method panics.
type T struct{ s string }

func (t *T) String() string { return t.s }

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

type Pair struct {
	A *T
	B *E
}

func main() {
	var t *T
	var e *E
	fmt.Println(t, e)
	fmt.Printf("%v %s %+v\n", t, t, e)
	fmt.Println(Pair{})
	fmt.Println(&T{"ok"}, Pair{&T{"a"}, &E{"b"}})
}
