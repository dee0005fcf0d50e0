package main

import (
	"bytes"
	"fmt"
)

func show(name string, parts [][]byte) {
	fmt.Printf("%s nil=%v [", name, parts == nil)
	for _, p := range parts {
		fmt.Printf(" %q/%d/%v", p, cap(p), p == nil)
	}
	fmt.Println(" ]")
}

func main() {
	for _, c := range [][2]string{{"a,b,c", ","}, {"a,b,c", ""}, {"", ","}, {"", ""}, {",a,,b,", ","},
		{"日本語", ""}, {"a\xffb", ""}, {"aaa", "aa"}} {
		s, sep := []byte(c[0]), []byte(c[1])
		fmt.Printf("%q %q\n", s, sep)
		show(" Split", bytes.Split(s, sep))
		show(" SplitAfter", bytes.SplitAfter(s, sep))
		for _, n := range []int{0, 1, 2} {
			show(fmt.Sprint(" N", n), bytes.SplitN(s, sep, n))
			show(fmt.Sprint(" AfterN", n), bytes.SplitAfterN(s, sep, n))
		}
	}
	show("Split nil", bytes.Split(nil, []byte(",")))
	show("Split nil nil", bytes.Split(nil, nil))
	for _, s := range []string{"", "   ", "  foo bar  baz   ", "a\tb\u00a0c\u2003d", "\xff \xfe"} {
		show(fmt.Sprintf("Fields %q", s), bytes.Fields([]byte(s)))
	}
	show("Fields nil", bytes.Fields(nil))
	comma := func(r rune) bool { return r == ',' }
	show("FieldsFunc", bytes.FieldsFunc([]byte(",a,,bc,"), comma))
	show("FieldsFunc none", bytes.FieldsFunc([]byte(",,"), comma))
	for _, parts := range [][][]byte{nil, {}, {nil}, {[]byte("a")}, {[]byte("a"), nil, []byte("b")}} {
		j := bytes.Join(parts, []byte(", "))
		fmt.Printf("Join %q: %q nil=%v\n", parts, j, j == nil)
	}
	fmt.Printf("%q\n", bytes.Join([][]byte{[]byte("x"), []byte("y")}, nil))
}
