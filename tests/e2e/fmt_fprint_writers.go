package main

import (
	"fmt"
	"io"
)

type upper struct{ out []byte }

func (u *upper) Write(p []byte) (int, error) {
	for _, c := range p {
		if c >= 'a' && c <= 'z' {
			c -= 32
		}
		u.out = append(u.out, c)
	}
	return len(p), nil
}

type failing struct{}

func (failing) Write(p []byte) (int, error) { return 0, io.ErrShortWrite }

type T struct{ A int }

func (t T) String() string { return fmt.Sprintf("T<%d>", t.A) }

func main() {
	u := &upper{}
	n, err := fmt.Fprintf(u, "hello %s %d %v\n", "world", 42, T{7})
	fmt.Println(n, err)
	fmt.Fprintln(u, "x", 1, 2.5, true)
	fmt.Fprint(u, "a", "b", 3, 4, "\n")
	fmt.Print(string(u.out))
	n, err = fmt.Fprintln(failing{}, "lost")
	fmt.Println(n, err)
	b := fmt.Appendf([]byte("pre:"), "%03d|%q", 5, "s")
	b = fmt.Append(b, " ", 1, 2)
	b = fmt.Appendln(b, "end")
	fmt.Printf("%s", b)
	var w io.Writer = u
	fmt.Fprintf(w, "%v %T\n", []int{1, 2}, w)
	fmt.Println(string(u.out[len(u.out)-22:]))
}
