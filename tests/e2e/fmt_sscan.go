package main

import (
	"errors"
	"fmt"
	"io"
)

type Celsius float64
type Count int16

func main() {
	var i, j int
	var s string
	var f float64
	var b bool
	var u8 uint8
	var bs []byte
	var r rune
	var c Celsius
	var k Count

	show := func(name string, n int, err error) {
		fmt.Printf("%s: n=%d err=%v eof=%v ueof=%v\n", name, n, err, err == io.EOF, errors.Is(err, io.ErrUnexpectedEOF))
	}
	n, err := fmt.Sscan("12 34", &i, &j)
	show("two ints", n, err)
	fmt.Println(i, j)
	n, err = fmt.Sscan("  -7\n\n  hello 2.5e3 true", &i, &s, &f, &b)
	show("mixed with newlines", n, err)
	fmt.Println(i, s, f, b)
	n, err = fmt.Sscan("", &i)
	show("empty", n, err)
	n, err = fmt.Sscan("   \n ", &i)
	show("blank", n, err)
	n, err = fmt.Sscan("5", &i, &j)
	show("one of two", n, err)
	n, err = fmt.Sscan("abc", &i)
	show("not an int", n, err)
	n, err = fmt.Sscan("300", &u8)
	show("uint8 overflow", n, err)
	n, err = fmt.Sscan("99999999999999999999", &i)
	show("int overflow", n, err)
	n, err = fmt.Sscan("0x1F 0b101 017 0o17 1_000", &i, &j, &k, &u8, &r)
	show("prefixes", n, err)
	fmt.Println(i, j, k, u8, r)
	n, err = fmt.Sscan("1e", &f)
	show("bad float", n, err)
	n, err = fmt.Sscan("-Inf NaN 0x1p-2 .5", &f, &c, &f, &f)
	show("special floats", n, err)
	fmt.Println(f, c)
	n, err = fmt.Sscan("T F true FALSE 1 0", &b, &b, &b, &b, &b, &b)
	show("bools", n, err)
	n, err = fmt.Sscan("yes", &b)
	show("bad bool", n, err)
	n, err = fmt.Sscan("bytes here", &bs, &s)
	show("bytes", n, err)
	fmt.Println(string(bs), s)
	n, err = fmt.Sscan("1", i)
	show("not a pointer", n, err)

	n, err = fmt.Sscanln("1 2\n3", &i, &j)
	show("ln", n, err)
	fmt.Println(i, j)
	n, err = fmt.Sscanln("1\n2", &i, &j)
	show("ln early newline", n, err)
	n, err = fmt.Sscanln("1 2 3", &i, &j)
	show("ln extra", n, err)
	n, err = fmt.Sscanln("4 5   \n", &i, &j)
	show("ln trailing spaces", n, err)
	n, err = fmt.Sscanln("", &i)
	show("ln empty", n, err)
	n, err = fmt.Sscanln("\n", &i)
	show("ln newline", n, err)
	n, err = fmt.Sscanln("7 8\r\n", &i, &j)
	show("ln crlf", n, err)

	n, err = fmt.Sscanf("5 apples and 3 pears", "%d apples and %d pears", &i, &j)
	show("f words", n, err)
	fmt.Println(i, j)
	n, err = fmt.Sscanf("5 oranges", "%d apples", &i)
	show("f mismatch", n, err)
	n, err = fmt.Sscanf("ff 755 101 z", "%x %o %b %c", &i, &j, &k, &r)
	show("f bases", n, err)
	fmt.Println(i, j, k, r, string(r))
	n, err = fmt.Sscanf("12345", "%3d%d", &i, &j)
	show("f width", n, err)
	fmt.Println(i, j)
	n, err = fmt.Sscanf("3.25 ok", "%f %s", &f, &s)
	show("f float", n, err)
	fmt.Println(f, s)
	n, err = fmt.Sscanf("x", "%d", &i)
	show("f not int", n, err)
	n, err = fmt.Sscanf("1 2", "%d", &i, &j)
	show("f too many", n, err)
	n, err = fmt.Sscanf("1 2", "%d %d", &i)
	show("f too few", n, err)
	n, err = fmt.Sscanf("50%", "%d%%", &i)
	show("f percent", n, err)
	n, err = fmt.Sscanf("1\n2", "%d %d", &i, &j)
	show("f newline in input", n, err)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &i, &j)
	show("f newline both", n, err)
	fmt.Println(i, j)
	n, err = fmt.Sscanf(`"quoted str" rest`, "%q %s", &s, &bs)
	show("f quoted", n, err)
	fmt.Println(s, string(bs))
	n, err = fmt.Sscanf("true", "%t", &b)
	show("f bool", n, err)
	n, err = fmt.Sscanf("12", "%s", &i)
	show("f bad verb", n, err)
	n, err = fmt.Sscanf("", "%d", &i)
	show("f empty", n, err)
	n, err = fmt.Sscanf("abc", "abc")
	show("f no operands", n, err)
	n, err = fmt.Sscanf("-12 +3", "%d %d", &i, &j)
	show("f signs", n, err)
	fmt.Println(i, j)
	n, err = fmt.Sscanf("3.5C", "%gC", &c)
	show("f named float", n, err)
	fmt.Println(c)
}
