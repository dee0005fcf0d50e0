package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

func main() {
	var b bytes.Buffer
	fmt.Printf("%q %d %d %v\n", b.String(), b.Len(), b.Cap(), b.Bytes() == nil)
	b.Write([]byte("Hello "))
	b.WriteString("world")
	b.WriteByte('!')
	n, err := b.WriteRune('€')
	fmt.Println(n, err)
	n, err = b.WriteRune(0x110000)
	fmt.Println(n, err)
	fmt.Printf("%q %d %d %d\n", b.String(), b.Len(), b.Cap(), b.Available())
	fmt.Println(&b)
	var nilBuf *bytes.Buffer
	fmt.Println(nilBuf.String())
	for i := 0; i < 20; i++ {
		b.WriteString("abcdefghijklm")
		fmt.Print(b.Cap(), " ")
	}
	fmt.Println()
	b.Truncate(5)
	fmt.Printf("%q %d\n", b.String(), b.Cap())
	b.Reset()
	fmt.Printf("%q %d %d\n", b.String(), b.Len(), b.Cap())
	var c bytes.Buffer
	c.Grow(10)
	fmt.Println(c.Len(), c.Cap())
	c.Grow(100)
	fmt.Println(c.Len(), c.Cap())
	c.WriteString(strings.Repeat("x", 300))
	fmt.Println(c.Len(), c.Cap())
	e := bytes.NewBuffer(make([]byte, 0, 10))
	e.WriteString("0123456789")
	e.WriteString("a")
	fmt.Println(e.Len(), e.Cap())
	f := bytes.NewBuffer(make([]byte, 0, 100))
	f.WriteString(strings.Repeat("y", 90))
	f.Read(make([]byte, 80))
	f.WriteString(strings.Repeat("z", 30))
	fmt.Println(f.Len(), f.Cap(), f.String()[:12])
	f.Read(make([]byte, 30))
	f.WriteString(strings.Repeat("w", 200))
	fmt.Println(f.Len(), f.Cap())
	var g bytes.Buffer
	g.WriteByte('a')
	fmt.Println(g.Cap())
	var h bytes.Buffer
	h.WriteString(strings.Repeat("q", 65))
	fmt.Println(h.Cap())
	var r bytes.Buffer
	rn, err := r.ReadFrom(strings.NewReader(strings.Repeat("w", 1000)))
	fmt.Println(rn, err, r.Len(), r.Cap())
	nb := bytes.NewBuffer([]byte("start:"))
	nb.WriteString("more")
	fmt.Println(nb.String(), nb.Len())
	sb := bytes.NewBufferString("from a string")
	fmt.Println(sb.String(), sb.Len())
	var w io.Writer = &b
	io.WriteString(w, "via io")
	fmt.Println(b.String())
	var out strings.Builder
	wn, err := sb.WriteTo(&out)
	fmt.Println(wn, err, out.String(), sb.Len())
	av := b.AvailableBuffer()
	fmt.Println(len(av), cap(av) == b.Available())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		b.Truncate(100)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		b.Truncate(-1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		b.Grow(-1)
	}()
	fmt.Println(bytes.MinRead, bytes.ErrTooLarge)
}
