package main

import "fmt"

func main() {
	var i, j int
	var s string
	var b bool
	var u uint8
	var f float64
	try := func(in, format string, a ...any) {
		n, err := fmt.Sscanf(in, format, a...)
		fmt.Printf("%q %q: %d %v\n", in, format, n, err)
	}
	try("5", " %d", &i)
	try("  5", "%d", &i)
	try("\n5", "%d", &i)
	try("\n5", " %d", &i)
	try("\n5", "\n%d", &i)
	try("5", "\n%d", &i)
	try("5 \n 6", "%d\n%d", &i, &j)
	try("5 \n 6", "%d \n %d", &i, &j)
	try("5\n\n6", "%d\n%d", &i, &j)
	try("5 6", "%d\n%d", &i, &j)
	try("5", "%d\n", &i)
	try("5", "%d ", &i)
	try("5x", "%d ", &i)
	try("5 x", "%dx", &i)
	try("a5", "a %d", &i)
	try("a 5", "a%d", &i)
	try("ab", "a b", &i)
	try("a b", "ab")
	try("5\r\n6", "%d\n%d", &i, &j)
	try("ab\ncd", "%s %s", &s, &s)
	try("", "")
	try("x", "")
	try("1", "%d%d", &i, &j)
	try("\"abc", "%q", &s)
	try("`ab`", "%q", &s)
	try("ab", "%q", &s)
	try("616263", "%x", &s)
	try("tx", "%t%s", &b, &s)
	try("-5", "%d", &u)
	try("x", "%f", &f)
	try("", "%s", &s)
	try("", "%c", &i)
	try("5%", "%d %%", &i)
	try("5 %", "%d%%", &i)
	n, err := fmt.Sscan("yes", &b, &s)
	fmt.Println(n, err, b, s)
	n, err = fmt.Sscan("tx", &b, &s)
	fmt.Println(n, err, b, s)
	n, err = fmt.Sscan("x", &f)
	fmt.Println(n, err)
	n, err = fmt.Sscan("+", &f)
	fmt.Println(n, err)
	n, err = fmt.Sscan("-x", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("0x", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscan("08", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscan("1__0", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscan("infinity -inF nan", &f, &f, &f)
	fmt.Println(n, err, f)
}
