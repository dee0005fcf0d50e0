package stringcore

import "unicode/utf8"

// The trims return where what they keep starts or ends.

// TrimLeft returns the index of the first rune of s that is not in cutset.
func TrimLeft(s, cutset string) int {
	return TrimLeftFunc(s, func(r rune) bool { return IndexRune(cutset, r) >= 0 })
}

// TrimRight returns the end of the last rune of s that is not in cutset.
func TrimRight(s, cutset string) int {
	return TrimRightFunc(s, func(r rune) bool { return IndexRune(cutset, r) >= 0 })
}

// TrimLeftFunc returns the index of the first rune of s for which cut is false.
func TrimLeftFunc(s string, cut func(rune) bool) int {
	if i := IndexFunc(s, cut, false); i >= 0 {
		return i
	}
	return len(s)
}

// TrimRightFunc returns the end of the last rune of s for which cut is false.
func TrimRightFunc(s string, cut func(rune) bool) int {
	i := LastIndexFunc(s, cut, false)
	if i < 0 {
		return 0
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return i + size
}

// TrimSpace returns the bounds of s without its leading and trailing white space.
func TrimSpace(s string) (start, end int) {
	start = TrimLeftFunc(s, IsSpace)
	return start, start + TrimRightFunc(s[start:], IsSpace)
}
