package main

import (
	"fmt"
	"strings"
)

func main() {
	for _, c := range [][2]string{{"a,b,c", ","}, {"a,b,c", ""}, {"", ","}, {"", ""}, {",a,,b,", ","},
		{"a man a plan a canal", "a "}, {"日本語", ""}, {"a\xffb", ""}, {"abc", "abc"}, {"abc", "abcd"}, {"aaa", "aa"}} {
		s, sep := c[0], c[1]
		fmt.Printf("%q %q: %q %q\n", s, sep, strings.Split(s, sep), strings.SplitAfter(s, sep))
		for _, n := range []int{-1, 0, 1, 2, 3, 10} {
			fmt.Printf("  n=%d %q %q\n", n, strings.SplitN(s, sep, n), strings.SplitAfterN(s, sep, n))
		}
	}
	fmt.Printf("%#v %#v\n", strings.SplitN("a,b", ",", 0), strings.Split("", ""))
	for _, s := range []string{"", "   ", "  foo bar  baz   ", "a\tb\nc\u00a0d\u2003e\u3000f\u0085g", "x", "\xff \xfe"} {
		fmt.Printf("Fields %q: %q\n", s, strings.Fields(s))
	}
	fmt.Printf("%#v\n", strings.Fields(" "))
	notLetter := func(c rune) bool { return !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') }
	fmt.Printf("%q\n", strings.FieldsFunc("  foo1;bar2,baz3...", notLetter))
	fmt.Printf("%#v\n", strings.FieldsFunc(";;", notLetter))
	fmt.Printf("%q %q %q %q\n", strings.Join(nil, ","), strings.Join([]string{"a"}, ","),
		strings.Join([]string{"foo", "bar", "baz"}, ", "), strings.Join([]string{"", ""}, ""))
}
