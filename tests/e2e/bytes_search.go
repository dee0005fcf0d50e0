package main

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

func isVowel(r rune) bool { return bytes.ContainsRune([]byte("aeioué"), r) }

func main() {
	subjects := [][]byte{nil, {}, []byte("a"), []byte("chicken"), []byte("héllo wörld"), []byte("a\xffb\xfe"), []byte("aaaa")}
	seps := [][]byte{nil, []byte("a"), []byte("ck"), []byte("ö"), []byte("aa"), []byte("\xff"), []byte("chickens")}
	for _, s := range subjects {
		for _, sep := range seps {
			fmt.Printf("%q %q: %d %d %d %v\n", s, sep, bytes.Index(s, sep), bytes.LastIndex(s, sep),
				bytes.Count(s, sep), bytes.Contains(s, sep))
		}
	}
	for _, s := range subjects {
		fmt.Printf("%q: byte %d %d rune %d %d %d any %d %d %d func %d %d %v\n", s,
			bytes.IndexByte(s, 'o'), bytes.LastIndexByte(s, 'o'),
			bytes.IndexRune(s, 'ö'), bytes.IndexRune(s, utf8.RuneError), bytes.IndexRune(s, 'e'),
			bytes.IndexAny(s, "öe"), bytes.LastIndexAny(s, "öe"), bytes.IndexAny(s, "\uFFFD"),
			bytes.IndexFunc(s, isVowel), bytes.LastIndexFunc(s, isVowel), bytes.ContainsFunc(s, isVowel))
	}
	fmt.Println(bytes.ContainsAny([]byte("team"), "i"), bytes.ContainsAny([]byte("failure"), "u & i"))
	for _, p := range [][]byte{nil, []byte("go"), []byte("her"), []byte("go gopher!")} {
		fmt.Print(bytes.HasPrefix([]byte("go gopher"), p), bytes.HasSuffix([]byte("go gopher"), p), " ")
	}
	fmt.Println()
	fmt.Println(bytes.Equal(nil, []byte{}), bytes.Equal([]byte("a"), []byte("a")), bytes.Equal([]byte("a"), []byte("b")),
		bytes.Equal([]byte("a"), nil))
	fmt.Println(bytes.Compare(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")), bytes.Compare([]byte("b"), []byte("a")),
		bytes.Compare([]byte("ab"), []byte("a")), bytes.Compare(nil, []byte("a")))
	fmt.Println(bytes.EqualFold([]byte("Gö"), []byte("GÖ")), bytes.EqualFold([]byte("K"), []byte("\u212a")),
		bytes.EqualFold(nil, []byte{}), bytes.EqualFold([]byte("a"), nil))
	for _, sep := range [][]byte{nil, []byte(","), []byte("="), []byte("x!")} {
		before, after, found := bytes.Cut([]byte("key=value"), sep)
		fmt.Printf("Cut %q: %q %q %v %v\n", sep, before, after, found, after == nil)
	}
	before, after, found := bytes.Cut(nil, []byte("a"))
	fmt.Println(before == nil, after == nil, found)
	for _, fix := range [][]byte{nil, []byte("key"), []byte("x"), []byte("value")} {
		a, ok := bytes.CutPrefix([]byte("key=value"), fix)
		b, ok2 := bytes.CutSuffix([]byte("key=value"), fix)
		fmt.Printf("CutPrefix/Suffix %q: %q %v %q %v\n", fix, a, ok, b, ok2)
	}
	a, ok := bytes.CutPrefix(nil, nil)
	fmt.Println(a == nil, ok)
}
