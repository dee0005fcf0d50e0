package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

// FieldsFunc calls its function once per rune, in order: a counting or logging function sees
// each rune once.
func main() {
	var seen []rune
	isComma := func(r rune) bool {
		seen = append(seen, r)
		return r == ','
	}
	fields := strings.FieldsFunc("a,,bc,d é,", isComma)
	fmt.Printf("%q %d %q\n", fields, len(seen), string(seen))

	seen = nil
	words := bytes.FieldsFunc([]byte(" x  yz "), func(r rune) bool {
		seen = append(seen, r)
		return unicode.IsSpace(r)
	})
	fmt.Printf("%q %d\n", words, len(seen))

	none := strings.FieldsFunc(",,,", isComma)
	fmt.Println(none == nil, len(none), len(strings.Fields("   ")), strings.Fields("") == nil)
}
