package main

import (
	"bytes"
	"fmt"
)

func show(name string, b []byte) {
	if b == nil {
		fmt.Printf("%s=nil\n", name)
	} else {
		fmt.Printf("%s=%q\n", name, b)
	}
}

func repeat(b []byte, n int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Printf("Repeat(%q, %d): %v (%T)\n", b, n, e, e)
		}
	}()
	show(fmt.Sprintf("Repeat(%q, %d)", b, n), bytes.Repeat(b, n))
}

func main() {
	for _, s := range [][]byte{nil, {}, []byte("Hello, Wörld ΑΒΓ абв İ ß"), []byte("a\xffb"), []byte("ab")} {
		show(fmt.Sprintf("ToUpper %q", s), bytes.ToUpper(s))
		show(fmt.Sprintf("ToLower %q", s), bytes.ToLower(s))
		show(fmt.Sprintf("Map %q", s), bytes.Map(func(r rune) rune { return r }, s))
		show(fmt.Sprintf("Clone %q", s), bytes.Clone(s))
		fmt.Printf("Runes %q: %#v\n", s, bytes.Runes(s))
	}
	drop := func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}
	show("Map drop", bytes.Map(drop, []byte("banana")))
	for _, c := range [][3]string{{"oink oink", "k", "ky"}, {"abc", "", "-"}, {"", "", "x"}, {"", "a", "b"}, {"aaa", "a", "a"}} {
		for _, n := range []int{-1, 0, 1} {
			show(fmt.Sprintf("Replace %q %q %q %d", c[0], c[1], c[2], n),
				bytes.Replace([]byte(c[0]), []byte(c[1]), []byte(c[2]), n))
		}
		show(fmt.Sprintf("ReplaceAll %q %q %q", c[0], c[1], c[2]), bytes.ReplaceAll([]byte(c[0]), []byte(c[1]), []byte(c[2])))
	}
	show("Replace nil", bytes.Replace(nil, []byte("a"), []byte("b"), -1))
	in := []byte("aaa")
	out := bytes.Replace(in, []byte("x"), []byte("y"), -1)
	out[0] = 'z'
	fmt.Printf("%q %q\n", in, out)
	repeat([]byte("ab"), 3)
	repeat(nil, 3)
	repeat([]byte("x"), 0)
	repeat([]byte("x"), -2)
	repeat([]byte("xy"), 1<<62)
}
