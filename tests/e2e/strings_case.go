package main

import (
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{"", "Hello, World!", "ÀÉÎÕÜ àéîõü ÿ", "ĀāĂăĄą Ľľ ŉ Ÿ", "ΑΒΓ αβγ ς Ω",
		"АБВ абв Ёё Ѐѐ", "İı ß ǅ ǈ ſ K Å", "ﬀ ǰ ᾳ", "a\xffb", "\xff", "ⓐⓩ ℌ 𐐀𐐨 Ａａ", "123 !?"} {
		fmt.Printf("%q: %q %q\n", s, strings.ToUpper(s), strings.ToLower(s))
	}
	pairs := [][2]string{{"Go", "GO"}, {"ß", "SS"}, {"K", "\u212a"}, {"k", "\u212a"}, {"s", "ſ"}, {"S", "ſ"},
		{"İ", "i"}, {"ı", "I"}, {"Σ", "ς"}, {"σ", "ς"}, {"ǅ", "ǆ"}, {"Ǆ", "ǅ"}, {"\xff", "\xfe"}, {"\xff", "\uFFFD"},
		{"ab", "a"}, {"", ""}, {"Straße", "STRASSE"}, {"Ωmega", "ωMEGA"}, {"Å", "å"}, {"Å", "\u212b"}, {"@", "`"},
		{"[", "{"}, {"é", "É"}, {"ѐ", "Ѐ"}}
	for _, p := range pairs {
		fmt.Printf("EqualFold %q %q: %v\n", p[0], p[1], strings.EqualFold(p[0], p[1]))
	}
	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "'Twas brillig and the slithy gopher..."))
	dropVowels := func(r rune) rune {
		if strings.ContainsRune("aeiou", r) {
			return -1
		}
		return r
	}
	fmt.Printf("%q\n", strings.Map(dropVowels, "education"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r }, "a\xffb"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r + 1 }, "HAL\xff"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return 0xD800 }, "ab"))
}
