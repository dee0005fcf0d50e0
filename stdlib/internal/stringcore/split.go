package stringcore

import "unicode/utf8"

// The pieces of a split are returned as bounds: piece k is s[b[2k]:b[2k+1]].

// Split cuts s around the instances of sep into at most n pieces (all when n < 0; none, nil,
// when n == 0), each keeping the first sepSave bytes of the sep that follows it. An empty sep
// cuts s between its runes (an invalid byte is a rune of its own). It also tells whether the
// last piece is what remained of s once the others were cut off: it is, unless an empty sep cut
// s into single runes without reaching the limit (which is then at most len(s)). Package bytes
// gives that piece the rest of s's capacity, as Go's does.
func Split(s, sep string, sepSave, n int) (bounds []int, lastIsRest bool) {
	if n == 0 {
		return nil, false
	}
	if sep == "" {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	bounds = make([]int, 0, 2*n)
	start := 0
	for len(bounds)/2 < n-1 {
		i := Index(s[start:], sep)
		if i < 0 {
			break
		}
		bounds = append(bounds, start, start+i+sepSave)
		start += i + len(sep)
	}
	return append(bounds, start, len(s)), true
}

// explode cuts s into its runes, at most n pieces of them (the last holding the rest).
func explode(s string, n int) (bounds []int, lastIsRest bool) {
	if n < 0 || n > len(s) {
		n = len(s)
	}
	bounds = make([]int, 0, 2*min(n, utf8.RuneCountInString(s)))
	for start := 0; start < len(s); {
		if len(bounds)/2 == n-1 {
			return append(bounds, start, len(s)), true
		}
		_, size := utf8.DecodeRuneInString(s[start:])
		bounds = append(bounds, start, start+size)
		start += size
	}
	return bounds, false
}

// Fields returns the bounds of the runs of s between white space (IsSpace); none when s is
// only white space.
func Fields(s string) []int {
	return FieldsFunc(s, IsSpace)
}

// FieldsFunc returns the bounds of the runs of runes of s for which isSeparator is false (not
// nil when there are none), calling isSeparator once per rune, in order, as Go's does.
func FieldsFunc(s string, isSeparator func(rune) bool) []int {
	bounds := make([]int, 0, 8)
	start := -1
	for i, r := range s {
		if isSeparator(r) {
			if start >= 0 {
				bounds = append(bounds, start, i)
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		bounds = append(bounds, start, len(s))
	}
	return bounds
}
