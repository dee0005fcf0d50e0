package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func isVowel(r rune) bool { return strings.ContainsRune("aeioué", r) }

func main() {
	subjects := []string{"", "a", "chicken", "go gopher", "héllo wörld", "a\xffb\xfe", "aaaa", "日本語日本語", "x\uFFFDy"}
	seps := []string{"", "a", "ck", "go", "ö", "aa", "本", "\xff", "zz", "\uFFFD", "chickens"}
	for _, s := range subjects {
		for _, sep := range seps {
			fmt.Printf("%q %q: %d %d %d %v\n", s, sep, strings.Index(s, sep), strings.LastIndex(s, sep),
				strings.Count(s, sep), strings.Contains(s, sep))
		}
	}
	for _, s := range subjects {
		fmt.Printf("%q: byte %d %d rune %d %d %d %d %d any %d %d %d %d %d func %d %d %v\n", s,
			strings.IndexByte(s, 'o'), strings.LastIndexByte(s, 'o'),
			strings.IndexRune(s, 'ö'), strings.IndexRune(s, utf8.RuneError), strings.IndexRune(s, -1),
			strings.IndexRune(s, 0xD800), strings.IndexRune(s, 'e'),
			strings.IndexAny(s, "öe"), strings.LastIndexAny(s, "öe"), strings.IndexAny(s, ""),
			strings.IndexAny(s, "\uFFFD"), strings.LastIndexAny(s, "\xff"),
			strings.IndexFunc(s, isVowel), strings.LastIndexFunc(s, isVowel), strings.ContainsFunc(s, isVowel))
	}
	fmt.Println(strings.ContainsAny("team", "i"), strings.ContainsAny("failure", "u & i"), strings.ContainsAny("", ""),
		strings.ContainsRune("aardvark", 97), strings.ContainsRune("timeout", 97))
	for _, p := range []string{"", "go", "gopher", "her", "x", "go gopher!"} {
		fmt.Print(strings.HasPrefix("go gopher", p), strings.HasSuffix("go gopher", p), " ")
	}
	fmt.Println()
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("", ""), strings.Compare("ab", "a"))
	for _, sep := range []string{"", ",", "=", "==", "x"} {
		before, after, found := strings.Cut("key=value==x", sep)
		fmt.Printf("Cut %q: %q %q %v\n", sep, before, after, found)
	}
	for _, fix := range []string{"", "key", "x", "key=value==x", "value==x"} {
		a, ok := strings.CutPrefix("key=value==x", fix)
		b, ok2 := strings.CutSuffix("key=value==x", fix)
		fmt.Printf("CutPrefix/Suffix %q: %q %v %q %v\n", fix, a, ok, b, ok2)
	}
}
