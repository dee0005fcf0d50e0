// fmt.Fprint, Fprintln and Fprintf: one Write of the formatted text to any io.Writer (files,
// a bufio.Writer, a writer of our own), and the Writer's result and error passed back.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
)

type calls struct{ n int }

func (c *calls) Write(p []byte) (int, error) {
	c.n++
	fmt.Printf("  Write(%q)\n", p)
	return len(p), nil
}

type broken struct{}

func (broken) Write(p []byte) (int, error) { return 2, errors.New("broken pipe-ish") }

func main() {
	c := &calls{}
	fmt.Fprint(c, "a", 1, 2, "b", 3.5)
	fmt.Fprintln(c, "a", 1, 2, "b")
	n, err := fmt.Fprintf(c, "%05d|%-4s|%v\n", 42, "x", []int{1})
	fmt.Println(n, err, c.n)
	n, err = fmt.Fprint(c)
	fmt.Println(n, err, c.n)

	n, err = fmt.Fprintln(broken{}, "hello")
	fmt.Println(n, err)

	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "%s and %d\n", "buffered", 7)
	fmt.Println("printed first")
	w.Flush()

	fmt.Fprintln(os.Stderr, "to stderr", 1)
	n, err = fmt.Fprintf(os.Stdout, "%v %T\n", os.Stdout != nil, os.Stdout)
	fmt.Println(n, err)
}
