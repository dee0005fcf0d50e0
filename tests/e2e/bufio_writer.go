// bufio.Writer: buffering in front of os.Stdout and of a writer that shows each Write it gets;
// Flush, Buffered, Available, Size, WriteByte, WriteRune, and sticky errors.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
)

type recorder struct {
	limit int // writes fail once this many bytes are written (0: never)
	total int
}

func (r *recorder) Write(p []byte) (int, error) {
	if r.limit > 0 && r.total+len(p) > r.limit {
		n := r.limit - r.total
		r.total = r.limit
		fmt.Printf("  write %q -> %d, full\n", p, n)
		return n, errors.New("device full")
	}
	r.total += len(p)
	fmt.Printf("  write %q\n", p)
	return len(p), nil
}

func main() {
	out := bufio.NewWriter(os.Stdout)
	fmt.Println(out.Size(), out.Available(), out.Buffered())
	for i := 0; i < 3; i++ {
		out.WriteString("buffered line\n")
	}
	fmt.Println("before flush:", out.Buffered())
	fmt.Println(out.Flush(), out.Buffered())

	w := bufio.NewWriterSize(&recorder{}, 8)
	w.WriteString("abc")
	w.WriteByte('d')
	n, err := w.WriteRune('é')
	fmt.Println(n, err, w.Buffered(), w.Available())
	n, err = w.WriteRune(-1)
	fmt.Println(n, err)
	n, err = w.Write([]byte("0123456789ABCDEFGHIJ"))
	fmt.Println(n, err, w.Buffered())
	n, err = w.WriteString("a string longer than the buffer")
	fmt.Println(n, err, w.Buffered())
	fmt.Println(w.Flush(), w.Flush())

	// An ASCII rune fills the buffer to the end; a longer one waits for the next buffer.
	w.WriteString("123456")
	w.WriteRune('7')
	w.WriteRune('8')
	fmt.Println(w.Buffered())
	w.WriteRune('9')
	w.WriteString("abcde")
	w.WriteRune('世')
	fmt.Println(w.Buffered(), w.Flush())

	// A large write into an empty buffer goes straight through.
	n, err = w.Write([]byte("straight through!"))
	fmt.Println(n, err, w.Buffered())

	// Errors stick: the first failure is returned by every later call.
	w = bufio.NewWriterSize(&recorder{limit: 10}, 6)
	n, err = w.WriteString("123456")
	fmt.Println(n, err)
	n, err = w.WriteString("789abc")
	fmt.Println(n, err, w.Buffered())
	fmt.Println(w.WriteByte('x'), w.Flush())
	n, err = w.Write([]byte("more"))
	fmt.Println(n, err)
	w.Reset(&recorder{})
	w.WriteString("after reset")
	fmt.Println(w.Flush())

	fmt.Println(bufio.NewWriterSize(w, 4) == w, bufio.NewWriterSize(w, 1000) == w, bufio.NewWriterSize(&recorder{}, 0).Size())
	final := bufio.NewWriter(os.Stdout)
	defer final.Flush()
	final.WriteString("flushed by a deferred call\n")
}
