package main

import (
	"bytes"
	"fmt"
)

func show(name string, b []byte) {
	if b == nil {
		fmt.Printf("%s=nil ", name)
	} else {
		fmt.Printf("%s=%q/%d ", name, b, cap(b))
	}
}

// mk makes a slice whose capacity is append's, the same in every Go implementation.
func mk(s string) []byte { return append([]byte(nil), s...) }

func main() {
	inputs := [][]byte{nil, {}, mk("xx"), mk("xax"), mk("éxé"), mk("a"), mk("\xffa\xff")}
	cutsets := []string{"", "x", "xy", "é", "xé", "\uFFFD"}
	isX := func(r rune) bool { return r == 'x' || r == 'é' }
	for _, in := range inputs {
		fmt.Printf("in %q nil=%v\n", in, in == nil)
		for _, c := range cutsets {
			fmt.Printf(" cut %q: ", c)
			show("T", bytes.Trim(in, c))
			show("L", bytes.TrimLeft(in, c))
			show("R", bytes.TrimRight(in, c))
			fmt.Println()
		}
		show(" F", bytes.TrimFunc(in, isX))
		show("LF", bytes.TrimLeftFunc(in, isX))
		show("RF", bytes.TrimRightFunc(in, isX))
		show("S", bytes.TrimSpace(in))
		show("P", bytes.TrimPrefix(in, []byte("xx")))
		show("P0", bytes.TrimPrefix(in, nil))
		show("X", bytes.TrimSuffix(in, []byte("xx")))
		fmt.Println()
	}
	for _, in := range []string{" ", " a ", "\u00a0a\u2000", "\u00a0\u2000", "\t\n\v\f\r x \u0085"} {
		show(fmt.Sprintf("TrimSpace %q", in), bytes.TrimSpace(mk(in)))
		fmt.Println()
	}
}
