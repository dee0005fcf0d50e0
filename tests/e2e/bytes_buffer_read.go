package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	b := bytes.NewBufferString("line one\nline two\nrest")
	for {
		line, err := b.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	line, err := b.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	b = bytes.NewBufferString("a,b,,c")
	for {
		tok, err := b.ReadBytes(',')
		fmt.Printf("%q %v %v\n", tok, tok == nil, err)
		if err != nil {
			break
		}
	}
	b = bytes.NewBufferString("h€\xffx")
	for {
		r, size, err := b.ReadRune()
		fmt.Printf("%q %d %v\n", r, size, err)
		if err != nil {
			break
		}
	}
	b = bytes.NewBufferString("xyz€")
	fmt.Println(b.UnreadByte(), b.UnreadRune())
	c, err := b.ReadByte()
	fmt.Println(c, err, b.UnreadRune(), b.UnreadByte(), b.Len())
	c, err = b.ReadByte()
	fmt.Println(c, err, b.UnreadByte(), b.UnreadByte())
	r, size, err := b.ReadRune()
	fmt.Println(r, size, err, b.UnreadRune(), b.Len())
	fmt.Printf("%q %d\n", b.Next(2), b.Len())
	fmt.Println(b.UnreadByte(), b.Len())
	fmt.Printf("%q %d\n", b.Next(100), b.Len())
	fmt.Printf("%q\n", b.Next(1))
	r, size, err = b.ReadRune()
	fmt.Println(r, size, err)
	buf := make([]byte, 3)
	b = bytes.NewBufferString("abcdefg")
	for {
		n, err := b.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	n, err := b.Read(nil)
	fmt.Println(n, err)
	b.WriteString("again")
	all, err := io.ReadAll(b)
	fmt.Printf("%q %v\n", all, err)
	b.WriteString("bytes view")
	v := b.Bytes()
	v[0] = 'B'
	fmt.Println(b.String())
	var rb io.ByteReader = b
	fmt.Println(rb.ReadByte())
	var rr io.RuneReader = bytes.NewBufferString("ü")
	fmt.Println(rr.ReadRune())
	var empty bytes.Buffer
	fmt.Println(empty.ReadByte())
	fmt.Println(empty.ReadRune())
	s, err := empty.ReadString(0)
	fmt.Printf("%q %v\n", s, err)
	bs, err := empty.ReadBytes(0)
	fmt.Println(bs == nil, err)
}
