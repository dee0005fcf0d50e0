package main

import (
	"fmt"
	"unicode/utf8"
)

var inputs = []string{
	"", "a", "é", "€", "𝄞", "\xff", "\xc3", "\xc3\x28", "\xe2\x82", "\xe2\x82\xac!",
	"\xf0\x9d\x84", "\xc0\x80", "\xc1\xbf", "\xe0\x80\x80", "\xe0\x9f\xbf", "\xed\xa0\x80",
	"\xed\x9f\xbf", "\xf0\x8f\xbf\xbf", "\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80",
	"\x80", "a\x80", "\xef\xbf\xbd", "x€", "€\x82", "\x82\xac", "é\xa9", "\xf0\x9d\x84\x9e\x9e",
}

func main() {
	for _, s := range inputs {
		r, n := utf8.DecodeRuneInString(s)
		br, bn := utf8.DecodeRune([]byte(s))
		lr, ln := utf8.DecodeLastRuneInString(s)
		blr, bln := utf8.DecodeLastRune([]byte(s))
		fmt.Printf("%+q: first %U/%d %U/%d last %U/%d %U/%d full %v %v\n", s, r, n, br, bn, lr, ln, blr, bln,
			utf8.FullRuneInString(s), utf8.FullRune([]byte(s)))
	}
	r, n := utf8.DecodeRune(nil)
	fmt.Println(r, n)
	r, n = utf8.DecodeLastRune(nil)
	fmt.Println(r, n, utf8.FullRune(nil))
	for _, b := range []byte{0, 'a', 0x7f, 0x80, 0xbf, 0xc0, 0xc2, 0xe0, 0xf4, 0xff} {
		fmt.Print(utf8.RuneStart(b), " ")
	}
	fmt.Println()
	for _, s := range []string{"\xe2", "\xe2\x82", "\xe2\x28", "\xf0", "\xf0\x9d", "\xf0\x9d\x84", "\xf0\x9d\x28", "\xf0\x80", "\xc3", "\xed\xa0", "\xf4\x90"} {
		fmt.Print(utf8.FullRuneInString(s), " ")
	}
	fmt.Println()
	fmt.Println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
	fmt.Printf("%T %T %T %T\n", utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
}
