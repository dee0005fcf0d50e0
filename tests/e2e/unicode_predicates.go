package main

import (
	"fmt"
	"unicode"
)

func main() {
	sample := []rune{-1, 0, '\t', '\n', '\v', '\f', '\r', ' ', '!', '0', '9', 'A', 'Z', '_', 'a', 'z', '~', 0x7F,
		0x85, 0xA0, 0xAA, 0xAD, 0xB2, 0xB5, 0xBD, 0xC0, 0xD7, 0xDF, 0xFF, 0x100, 0x131, 0x1C5, 0x2B0, 0x300,
		0x345, 0x391, 0x3C2, 0x488, 0x5D0, 0x660, 0x903, 0x1680, 0x180E, 0x2000, 0x200B, 0x2028, 0x2029,
		0x202F, 0x2160, 0x2164, 0x2070, 0x20AC, 0x212A, 0x2460, 0x3000, 0x3042, 0x30A2, 0x4E2D, 0xAC00,
		0xD800, 0xE000, 0xFEFF, 0xFF10, 0xFFFD, 0x10400, 0x1D7CE, 0x1F600, 0x20000, 0xE0001, 0x10FFFF,
		0x110000}
	for _, r := range sample {
		fmt.Printf("%U letter=%v upper=%v lower=%v title=%v digit=%v number=%v mark=%v punct=%v symbol=%v space=%v control=%v graphic=%v print=%v\n",
			r, unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r), unicode.IsDigit(r),
			unicode.IsNumber(r), unicode.IsMark(r), unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsSpace(r),
			unicode.IsControl(r), unicode.IsGraphic(r), unicode.IsPrint(r))
		fmt.Println("  Han", unicode.Is(unicode.Han, r), "Latin", unicode.Is(unicode.Latin, r), "Greek", unicode.Is(unicode.Greek, r),
			"In(Lu, Nd)", unicode.In(r, unicode.Lu, unicode.Nd), "OneOf", unicode.IsOneOf(unicode.PrintRanges, r),
			"Zs", unicode.Is(unicode.Zs, r), "White_Space", unicode.Is(unicode.White_Space, r), "Space", unicode.Is(unicode.Space, r))
	}
	words := "Hello, Wörld! 123 ½ ǅ 日本語 ١٢٣ \u00a0\u2003x"
	letters, digits, spaces, other := 0, 0, 0, 0
	for _, r := range words {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		default:
			other++
		}
	}
	fmt.Println(letters, digits, spaces, other)
	// A table of one's own: Range16 and Range32 with strides.
	vowels := &unicode.RangeTable{
		R16: []unicode.Range16{{Lo: 'a', Hi: 'a', Stride: 1}, {Lo: 'e', Hi: 'i', Stride: 4}, {Lo: 'o', Hi: 'u', Stride: 6}},
		R32: []unicode.Range32{{Lo: 0x1F600, Hi: 0x1F604, Stride: 2}},
	}
	for _, r := range "abcdefghijklmnopqrstuvwxyz\U0001F600\U0001F601\U0001F602\U0001F605" {
		if unicode.Is(vowels, r) {
			fmt.Print(string(r))
		}
	}
	fmt.Println()
	fmt.Println(unicode.Is(&unicode.RangeTable{}, 'a'), unicode.In('a'), unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1, unicode.Version)
	fmt.Printf("%T %T %T\n", unicode.Letter, unicode.Range16{}, unicode.GraphicRanges)
}
