package main

import (
	"fmt"
	"strings"
)

func main() {
	subjects := []string{"", "xx", "xax", "  hello  ", "¡¡¡Hello, Gophers!!!", "éxé", "\xffa\xff", "aaa"}
	cutsets := []string{"", "x", "xy", "é", "xé", "!¡", " ", "\uFFFD", "\xff", "a"}
	for _, s := range subjects {
		for _, c := range cutsets {
			fmt.Printf("%q %q: %q %q %q\n", s, c, strings.Trim(s, c), strings.TrimLeft(s, c), strings.TrimRight(s, c))
		}
	}
	isX := func(r rune) bool { return r == 'x' || r == 'é' || r == '!' }
	for _, s := range []string{"", "  \t\n a b \r\n", "\u00a0\u2000x\u3000", "\u0085", "x\u200bx", " \xff "} {
		fmt.Printf("TrimSpace %q: %q\n", s, strings.TrimSpace(s))
	}
	for _, s := range subjects {
		fmt.Printf("func %q: %q %q %q\n", s, strings.TrimFunc(s, isX), strings.TrimLeftFunc(s, isX), strings.TrimRightFunc(s, isX))
	}
	for _, p := range []string{"", "x", "xx", "xax", "ax"} {
		fmt.Printf("prefix/suffix %q: %q %q\n", p, strings.TrimPrefix("xax", p), strings.TrimSuffix("xax", p))
	}
}
