package main

import (
	"fmt"
	"unicode/utf8"
)

var runes = []rune{0, 'a', 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff,
	0x10000, 0x10ffff, 0x110000, -1, -0x80000000, 0x7fffffff}

func tryEncode(size int, r rune) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Printf("EncodeRune into %d bytes: %v (%T)\n", size, e, e)
		}
	}()
	buf := make([]byte, size)
	n := utf8.EncodeRune(buf, r)
	fmt.Printf("EncodeRune into %d bytes: %d % x\n", size, n, buf)
}

func main() {
	for _, r := range runes {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%#x: len %d valid %v encode %d % x append %q\n", r, utf8.RuneLen(r), utf8.ValidRune(r), n, buf[:n],
			utf8.AppendRune([]byte("<"), r))
	}
	fmt.Printf("%q\n", utf8.AppendRune(nil, 'x'))
	tryEncode(1, 'é')
	tryEncode(2, '€')
	tryEncode(3, '𝄞')
	tryEncode(0, 'a')
	tryEncode(2, 'é')
	var s []byte
	for _, r := range "héllo, 世界 𝄞" {
		s = utf8.AppendRune(s, r)
	}
	fmt.Println(string(s), len(s))
}
