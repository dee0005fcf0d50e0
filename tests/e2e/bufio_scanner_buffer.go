// How a bufio.Scanner grows its buffer: the sizes of the reads it makes, from its default
// buffer and from one given by Buffer, up to the largest token size.
package main

import (
	"bufio"
	"fmt"
	"io"
)

// sizes reports the room each Read offers, and hands out one byte per 1000 of it.
type sizes struct {
	left int
}

func (s *sizes) Read(p []byte) (int, error) {
	if s.left == 0 {
		fmt.Println("  read", len(p), "EOF")
		return 0, io.EOF
	}
	n := min(len(p), s.left)
	for i := range p[:n] {
		p[i] = 'x'
	}
	s.left -= n
	fmt.Println("  read", len(p), "got", n)
	return n, nil
}

func main() {
	sc := bufio.NewScanner(&sizes{left: 20000})
	for sc.Scan() {
		fmt.Println("token", len(sc.Bytes()))
	}
	fmt.Println(sc.Err())

	sc = bufio.NewScanner(&sizes{left: 30})
	sc.Buffer(make([]byte, 3, 5), 24)
	for sc.Scan() {
		fmt.Println("token", len(sc.Bytes()))
	}
	fmt.Println(sc.Err())

	sc = bufio.NewScanner(&sizes{left: 7})
	sc.Buffer(nil, 100)
	sc.Split(bufio.ScanRunes)
	n := 0
	for sc.Scan() {
		n++
	}
	fmt.Println(n, "runes", sc.Err())
}
