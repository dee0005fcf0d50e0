package main

import "fmt"

// A type may be written in parentheses wherever a type is expected: `(T)` is T.

type T struct{ a, b int }

type (
	U (int)
	P *(T)
	A [2](int)
	F func(a (int), b ((string))) (bool)
	S struct {
		x    (int)
		y, z *(T)
	}
	I interface{ M((int)) (string) }
)

func (t *(T)) Sum() int { return t.a + t.b }

func (u (U)) Twice() (int) { return 2 * int(u) }

func (u U) M(n (int)) (string) { return fmt.Sprint("M", n) }

func apply(f (func(int) int), x (int)) (int, (string)) { return f(x), "applied" }

func main() {
	var x (int) = 3
	var p *(T) = &T{1, 2}
	var a [3](int)
	a[1] = x
	arr := [2](int){4, 5}
	names := [...](string){"a", "b"}
	fmt.Println(x, p.Sum(), a, arr, names, U(4).Twice())

	// Conversions to parenthesised types and pointer types.
	q := (*T)(p)
	r := (*(T))(p)
	pa := (*[3]int)(&a)
	ia := ([2]int)(arr)
	ib := [2]int(arr)
	fmt.Println(q.a, r.b, pa[1], ia, ib, (int)(2.0), (*int)(nil) == nil, (func())(nil) == nil)

	var e interface{} = x
	n, ok := e.((int))
	fmt.Println(n, ok)
	switch v := e.(type) {
	case (*T), (string):
		fmt.Println("other", v)
	case (int):
		fmt.Println("int", v)
	}

	pp := new((T))
	var s S
	s.y = p
	var i I = U(7)
	var f F = func(a int, b string) bool { return a > len(b) }
	fmt.Println(*pp, s.x, s.y.b, i.M(1), f(3, "ab"))
	fmt.Println(apply(func(i int) int { return i + 1 }, 1))
	fmt.Println((*T).Sum(p), (U).Twice(5))
	fmt.Printf("%T %T %T %T\n", P(nil), A{}, F(nil), U(0))
}
