package main

import (
	"fmt"
	"unicode"
)

// Every code point (and a few invalid ones) through every predicate, case mapping and table,
// summarised per function by a count and a hash.
func main() {
	predicates := []struct {
		name string
		f    func(rune) bool
	}{
		{"IsLetter", unicode.IsLetter}, {"IsUpper", unicode.IsUpper}, {"IsLower", unicode.IsLower},
		{"IsTitle", unicode.IsTitle}, {"IsDigit", unicode.IsDigit}, {"IsNumber", unicode.IsNumber},
		{"IsMark", unicode.IsMark}, {"IsPunct", unicode.IsPunct}, {"IsSymbol", unicode.IsSymbol},
		{"IsSpace", unicode.IsSpace}, {"IsControl", unicode.IsControl}, {"IsGraphic", unicode.IsGraphic},
		{"IsPrint", unicode.IsPrint},
	}
	for _, p := range predicates {
		count, hash := 0, uint64(14695981039346656037)
		for r := rune(-2); r <= unicode.MaxRune+2; r++ {
			if p.f(r) {
				count++
				hash = (hash ^ uint64(r)) * 1099511628211
			}
		}
		fmt.Println(p.name, count, hash)
	}
	mappings := []struct {
		name string
		f    func(rune) rune
	}{
		{"ToUpper", unicode.ToUpper}, {"ToLower", unicode.ToLower}, {"ToTitle", unicode.ToTitle},
		{"SimpleFold", unicode.SimpleFold}, {"TurkishUpper", unicode.TurkishCase.ToUpper},
		{"TurkishLower", unicode.TurkishCase.ToLower}, {"TurkishTitle", unicode.TurkishCase.ToTitle},
	}
	for _, m := range mappings {
		changed, hash := 0, uint64(14695981039346656037)
		for r := rune(-2); r <= unicode.MaxRune+2; r++ {
			if to := m.f(r); to != r {
				changed++
				hash = (hash ^ uint64(r)<<21 ^ uint64(to)) * 1099511628211
			}
		}
		fmt.Println(m.name, changed, hash)
	}
	tables := []struct {
		name string
		t    *unicode.RangeTable
	}{
		{"L", unicode.L}, {"Lu", unicode.Lu}, {"Ll", unicode.Ll}, {"Lt", unicode.Lt}, {"Lm", unicode.Lm},
		{"Lo", unicode.Lo}, {"LC", unicode.LC}, {"M", unicode.M}, {"Mn", unicode.Mn}, {"Mc", unicode.Mc},
		{"Me", unicode.Me}, {"N", unicode.N}, {"Nd", unicode.Nd}, {"Nl", unicode.Nl}, {"No", unicode.No},
		{"P", unicode.P}, {"Pc", unicode.Pc}, {"Pd", unicode.Pd}, {"Ps", unicode.Ps}, {"Pe", unicode.Pe},
		{"Pi", unicode.Pi}, {"Pf", unicode.Pf}, {"Po", unicode.Po}, {"S", unicode.S}, {"Sm", unicode.Sm},
		{"Sc", unicode.Sc}, {"Sk", unicode.Sk}, {"So", unicode.So}, {"Z", unicode.Z}, {"Zs", unicode.Zs},
		{"Zl", unicode.Zl}, {"Zp", unicode.Zp}, {"Cc", unicode.Cc}, {"Cf", unicode.Cf}, {"Co", unicode.Co},
		{"Cs", unicode.Cs}, {"White_Space", unicode.White_Space}, {"Latin", unicode.Latin},
		{"Greek", unicode.Greek}, {"Cyrillic", unicode.Cyrillic}, {"Arabic", unicode.Arabic},
		{"Hebrew", unicode.Hebrew}, {"Devanagari", unicode.Devanagari}, {"Thai", unicode.Thai},
		{"Han", unicode.Han}, {"Hiragana", unicode.Hiragana}, {"Katakana", unicode.Katakana},
		{"Hangul", unicode.Hangul}, {"Letter", unicode.Letter}, {"Upper", unicode.Upper},
		{"Lower", unicode.Lower}, {"Title", unicode.Title}, {"Mark", unicode.Mark},
		{"Number", unicode.Number}, {"Digit", unicode.Digit}, {"Punct", unicode.Punct},
		{"Symbol", unicode.Symbol}, {"Space", unicode.Space},
	}
	for _, t := range tables {
		count, hash := 0, uint64(14695981039346656037)
		for r := rune(-2); r <= unicode.MaxRune+2; r++ {
			if unicode.Is(t.t, r) {
				count++
				hash = (hash ^ uint64(r)) * 1099511628211
			}
		}
		fmt.Println(t.name, count, hash)
	}
}
