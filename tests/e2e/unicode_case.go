package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', 'A', 'z', '0', 'µ', 'ß', 'ÿ', 'Ÿ', 'i', 'I', 'ı', 'İ', 'ǅ', 'Ǆ', 'ǆ', 'ſ', 'K', 'k', 'Σ', 'σ', 'ς',
		'ϐ', 'Ա', 'ա', 'ᲀ', 'ẞ', 'ᾈ', 'ᾀ', 'Ω', 'Ⓐ', 'ⓐ', 'Ａ', 'ａ', '𐐀', '𐐨', '𞤀', '日', -1, 0x110000} {
		fmt.Printf("%q %q %q %q | %q %q %q |", r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r),
			unicode.To(unicode.UpperCase, r), unicode.To(unicode.LowerCase, r), unicode.To(unicode.TitleCase, r))
		// The whole orbit under simple case folding.
		orbit := []rune{r}
		for f := unicode.SimpleFold(r); f != r && len(orbit) < 10; f = unicode.SimpleFold(f) {
			orbit = append(orbit, f)
		}
		fmt.Printf(" fold %q", orbit)
		fmt.Printf(" turkish %q %q %q\n", unicode.TurkishCase.ToUpper(r), unicode.TurkishCase.ToLower(r), unicode.AzeriCase.ToTitle(r))
	}
	fmt.Println(unicode.To(-1, 'a'), unicode.To(unicode.MaxCase, 'a'), unicode.UpperCase, unicode.LowerCase, unicode.TitleCase, unicode.MaxCase, unicode.UpperLower)
	// CaseRanges is Go's table form: find the range that holds 'é'.
	for _, cr := range unicode.CaseRanges {
		if cr.Lo <= 'é' && 'é' <= cr.Hi {
			fmt.Println("é:", cr.Delta[unicode.UpperCase], cr.Delta[unicode.LowerCase])
		}
	}
	special := unicode.SpecialCase{{Lo: 'a', Hi: 'c', Delta: [unicode.MaxCase]rune{2, 0, 3}}}
	fmt.Printf("%q %q %q %q\n", special.ToUpper('b'), special.ToTitle('b'), special.ToLower('B'), special.ToUpper('d'))
	s := "Hello, ǆungla Σίσυφος İstanbul"
	up, low, title := []rune{}, []rune{}, []rune{}
	for _, r := range s {
		up = append(up, unicode.ToUpper(r))
		low = append(low, unicode.ToLower(r))
		title = append(title, unicode.ToTitle(r))
	}
	fmt.Println(string(up), string(low), string(title))
}
