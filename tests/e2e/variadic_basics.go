// Variadic functions: calls with no, one and many extra arguments, with `s...` (which shares
// the caller's array), variadic methods, closures and func values, and fmt forwarding.
package main

import (
	"errors"
	"fmt"
)

func sum(xs ...int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total
}

func describe(prefix string, xs ...int) string {
	return fmt.Sprintf("%s len=%d nil=%v %v", prefix, len(xs), xs == nil, xs)
}

func setFirst(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 100
	}
}

type Logger struct{ prefix string }

func (l Logger) Logf(format string, args ...any) {
	fmt.Printf(l.prefix+format+"\n", args...)
}

func (l *Logger) Join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return l.prefix + out
}

func pair() (int, int) { return 3, 4 }

func wrap(err error, format string, args ...any) error {
	return fmt.Errorf(format+": %w", append(args, err)...)
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	fmt.Println(describe("none"))
	fmt.Println(describe("some", 4, 5))
	s := []int{1, 2, 3}
	fmt.Println(sum(s...), describe("spread", s...))
	setFirst(s...)
	fmt.Println(s) // the callee saw the caller's array
	setFirst(s[0], s[1])
	fmt.Println(s) // a new array: unchanged
	fmt.Println(sum(pair()))
	var empty []int
	fmt.Println(describe("nil spread", empty...))

	l := Logger{"log: "}
	l.Logf("%d + %d = %d", 1, 2, 3)
	l.Logf("no args")
	args := []any{"x", 2.5}
	l.Logf("%s %v", args...)
	fmt.Println(l.Join(", ", "a", "b", "c"))
	fmt.Println((&l).Join("-"))

	f := func(xs ...string) int { return len(xs) }
	fmt.Println(f(), f("a"), f([]string{"a", "b"}...))
	var g func(int, ...int) string = func(n int, xs ...int) string { return fmt.Sprint(n, xs) }
	fmt.Println(g(1), g(1, 2, 3))
	fmt.Printf("%T %T\n", f, g)

	m := Logger.Logf
	m(l, "method expression %v", true)
	bound := l.Join
	fmt.Println(bound("+", "p", "q"))

	err := wrap(errors.New("disk full"), "saving %s (%d bytes)", "a.txt", 10)
	fmt.Println(err)
	fmt.Println(args...)
	fmt.Print(args...)
	fmt.Println()
	fmt.Println(fmt.Sprint(args...), fmt.Sprintln(args...) == "x 2.5\n")

	defer fmt.Println("deferred", sum(1, 2), describe("d", s...))
	defer func(xs ...int) { fmt.Println("deferred literal", xs) }(7, 8)
	s[1] = -1 // after the defer statements: they evaluated their arguments already
}
