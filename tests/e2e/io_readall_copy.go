package main

import (
	"errors"
	"fmt"
	"io"
)

type sliceReader struct {
	data []byte
	pos  int
	step int
}

func (r *sliceReader) Read(p []byte) (int, error) {
	if r.pos >= len(r.data) {
		return 0, io.EOF
	}
	n := copy(p[:min(len(p), r.step)], r.data[r.pos:])
	r.pos += n
	return n, nil
}

type collect struct{ got []byte }

func (c *collect) Write(p []byte) (int, error) { c.got = append(c.got, p...); return len(p), nil }

func main() {
	text := "hello, readers and writers"
	b, err := io.ReadAll(&sliceReader{data: []byte(text), step: 3})
	fmt.Println(string(b), err)
	var c collect
	n, err := io.Copy(&c, &sliceReader{data: []byte(text), step: 5})
	fmt.Println(n, err, string(c.got))
	buf := make([]byte, 10)
	k, err := io.ReadFull(&sliceReader{data: []byte("abc"), step: 2}, buf)
	fmt.Println(k, err, errors.Is(err, io.ErrUnexpectedEOF))
	k, err = io.ReadFull(&sliceReader{data: []byte(""), step: 2}, buf)
	fmt.Println(k, err == io.EOF)
	m, _ := io.WriteString(&c, "!")
	fmt.Println(m, string(c.got))
	fmt.Println(io.WriteString(io.Discard, "gone"))
	fmt.Printf("%v %q\n", io.EOF, io.ErrShortWrite.Error())
}
