package main

import (
	"fmt"
	"strings"
)

func repeat(s string, n int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Printf("Repeat(%q, %d): %v (%T)\n", s, n, e, e)
		}
	}()
	fmt.Printf("Repeat(%q, %d): %q\n", s, n, strings.Repeat(s, n))
}

func main() {
	for _, c := range [][3]string{{"oink oink oink", "k", "ky"}, {"oink oink oink", "oink", "moo"}, {"abc", "", "-"},
		{"a\xffé", "", "-"}, {"", "", "x"}, {"", "a", "b"}, {"aaa", "a", "a"}, {"aaaa", "aa", "b"}, {"abc", "b", ""}} {
		fmt.Printf("%q %q %q:", c[0], c[1], c[2])
		for _, n := range []int{-1, 0, 1, 2, 5} {
			fmt.Printf(" %q", strings.Replace(c[0], c[1], c[2], n))
		}
		fmt.Printf(" all %q\n", strings.ReplaceAll(c[0], c[1], c[2]))
	}
	replacers := [][]string{{"<", "&lt;", ">", "&gt;", "&", "&amp;"}, {"", "X"}, {"a", "1", "", "X"}, {"", "X", "a", "1"},
		{"a", "1", "aa", "2"}, {"aa", "2", "a", "1"}, {"a", "1", "a", "2"}, {"a", "1", "b", "22"}, {"", "X", "b", "Y"},
		{"ab", "X", "", "Y"}, {}, {"a", ""}, {"abc", "X", "bcd", "Y"}, {"b", "Y", "abc", "X"}, {"é", "e", "\xff", "?"},
		{"hello", "HI"}, {"aaa", "3", "aa", "2", "a", "1"}}
	for _, targets := range []string{"", "ab", "aé", "abcd bcd", "This is <b>HTML</b> & more", "aaaaa", "\xffé hello"} {
		for _, oldnew := range replacers {
			fmt.Printf("%q %q: %q\n", oldnew, targets, strings.NewReplacer(oldnew...).Replace(targets))
		}
	}
	r := strings.NewReplacer("a", "A")
	var out strings.Builder
	n, err := r.WriteString(&out, "banana")
	fmt.Println(n, err, out.String())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strings.NewReplacer("a")
	}()
	repeat("ab", 3)
	repeat("", 5)
	repeat("x", 0)
	repeat("x", -1)
	repeat("", -1)
	repeat("abc", 1<<62)
}
