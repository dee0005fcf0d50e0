package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, s := range []string{"", "abc", "héllo", "世界", "a\xffb", "\xe2\x82", "\xe2\x82\xac", "\xed\xa0\x80",
		"\xf4\x90\x80\x80", "𝄞𝄞", "\xc0\xaf", "ok\xef\xbf\xbd"} {
		b := []byte(s)
		fmt.Printf("%+q: count %d %d valid %v %v\n", s, utf8.RuneCountInString(s), utf8.RuneCount(b),
			utf8.ValidString(s), utf8.Valid(b))
	}
	fmt.Println(utf8.RuneCount(nil), utf8.Valid(nil))
	// Walking a string rune by rune with DecodeRuneInString.
	s := "a€\xff𝄞"
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d:%U/%d ", i, r, n)
		i += n
	}
	fmt.Println()
	for end := len(s); end > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:end])
		fmt.Printf("%d:%U/%d ", end, r, n)
		end -= n
	}
	fmt.Println()
}
