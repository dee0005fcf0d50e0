package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Printf("%q %d %d\n", b.String(), b.Len(), b.Cap())
	for i := 3; i > 0; i-- {
		b.WriteString(fmt.Sprint(i, "..."))
	}
	b.WriteString("ignition")
	fmt.Println(b.String(), b.Len())
	n, err := b.WriteRune('€')
	fmt.Println(n, err)
	n, err = b.WriteRune(-1)
	fmt.Println(n, err)
	n, err = b.Write([]byte{'!', 0xff})
	fmt.Println(n, err, b.WriteByte('?'))
	fmt.Printf("%q\n", b.String())
	s := b.String()
	b.WriteString(" more")
	fmt.Printf("%q %q\n", s, b.String())
	b.Reset()
	fmt.Printf("%q %d %d\n", b.String(), b.Len(), b.Cap())
	var c strings.Builder
	c.Grow(10)
	fmt.Println(c.Len(), c.Cap())
	c.WriteString("0123456789a")
	fmt.Println(c.Len(), c.Cap())
	c.Grow(100)
	fmt.Println(c.Len(), c.Cap())
	c.Grow(5)
	fmt.Println(c.Len(), c.Cap())
	var d strings.Builder
	for i := 0; i < 12; i++ {
		d.WriteString("abcde")
		fmt.Print(d.Cap(), " ")
	}
	fmt.Println()
	var w io.Writer = &d
	io.WriteString(w, "!")
	fmt.Println(d.Len())
	var sw io.StringWriter = &d
	sw.WriteString("?")
	fmt.Println(d.Len())
	func() {
		defer func() {
			e := recover()
			fmt.Printf("%v (%T)\n", e, e)
		}()
		var x strings.Builder
		x.Grow(-1)
	}()
	func() {
		defer func() {
			e := recover()
			fmt.Printf("%v (%T)\n", e, e)
		}()
		var x strings.Builder
		x.WriteString("a")
		y := x
		fmt.Println(y.String(), y.Len())
		y.Reset()
		y.WriteString("fine after Reset")
		fmt.Println(y.String())
		z := x
		z.WriteString("b")
	}()
}
