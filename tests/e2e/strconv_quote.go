package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"", "plain", "tab\there", "nl\n", "nul\x00", "del\x7f", "bad\xff\xfe", "é 日本",
		"\u200b zero width", "\U0001F600", "\ufeff", "quote\"back\\slash", "'single'", "\a\b\f\r\v"} {
		q := strconv.Quote(s)
		a := strconv.QuoteToASCII(s)
		u, err := strconv.Unquote(q)
		ua, erra := strconv.Unquote(a)
		fmt.Println(q, a, u == s || err != nil, ua == u, err, erra, strconv.CanBackquote(s))
	}
	for _, r := range []rune{'a', '\'', '"', '\\', '\n', 0, 0x7f, 'é', 0x2028, 0xD800, -1, 0x110000, 0x1F600, 0xFFFD} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.IsPrint(r), strconv.IsGraphic(r))
	}
	b := strconv.AppendQuote([]byte("x="), "a\"b")
	b = strconv.AppendQuoteRune(append(b, ' '), 'z')
	b = strconv.AppendQuoteToASCII(append(b, ' '), "é")
	b = strconv.AppendQuoteRuneToASCII(append(b, ' '), 'é')
	fmt.Println(string(b))
	for _, r := range []rune{' ', 0xA0, 0x1680, 0x2000, 0x200A, 0x200B, 0x202F, 0x205F, 0x3000, 0x85} {
		fmt.Print(strconv.IsPrint(r), strconv.IsGraphic(r), " ")
	}
	fmt.Println()
	literals := []string{``, `"`, `""`, `''`, "``", `"abc"`, `'a'`, `'ab'`, `'\''`, `"\'"`, `'\"'`,
		`"\""`, "`a\"b`", "`a`b`", "`a\rb\r`", "\"a\nb\"", "`a\nb`", `"\x41\101\u00e9\U0001F600"`,
		`"\xff"`, `"\400"`, `"\377"`, `"\38"`, `"\u00"`, `"\uD800"`, `"\U00110000"`, `"\UFFFFFFFF"`, `"\q"`,
		`"\"`, `'\x80'`, `'\u00e9'`, "'\xff'", "\"\xff\"", "\"a\xffb\\n\"", `"é"`, `'é'`, `'日本'`,
		`"\a\b\f\n\r\t\v\\"`, `'\0'`, `"\0"`, `'\000'`, "'\n'", `"'"`, `'"'`, `"a`, `a"`, `'`, `xax`,
		"'\xe6\x97'", `"\xg0"`}
	for _, s := range literals {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q: %q %v\n", s, u, err)
	}
	for _, s := range []string{"", `\`, `\x4`, `\x41rest`, `'`, `"`, `\'`, `\"`, "\xffz", "éz", `\u12345`, `\n+`, `\101x`} {
		for _, q := range []byte{0, '\'', '"'} {
			v, mb, tail, err := strconv.UnquoteChar(s, q)
			fmt.Printf("%q %q: %q %v %q %v\n", s, q, v, mb, tail, err)
		}
	}
}
