// Package stringcore holds the algorithms that packages strings and bytes share, written for
// minigo from those packages' documentation. They work on strings; bytes hands its slices over
// as strings that share their memory (internal/alias). A function that finds pieces of its
// argument returns their bounds, so that each package slices its own value: string or []byte.
package stringcore

import "unicode/utf8"

// IndexByte returns the index of the first c in s, or -1.
func IndexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// LastIndexByte returns the index of the last c in s, or -1.
func LastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// Index returns the index of the first instance of sep in s, or -1; an empty sep is at 0.
func Index(s, sep string) int {
	n := len(sep)
	switch {
	case n == 0:
		return 0
	case n == 1:
		return IndexByte(s, sep[0])
	case n > len(s):
		return -1
	}
	first := sep[0]
	for i := 0; i+n <= len(s); i++ {
		if s[i] == first && s[i:i+n] == sep {
			return i
		}
	}
	return -1
}

// LastIndex returns the index of the last instance of sep in s, or -1; an empty sep is at
// len(s).
func LastIndex(s, sep string) int {
	n := len(sep)
	if n == 1 {
		return LastIndexByte(s, sep[0])
	}
	for i := len(s) - n; i >= 0; i-- {
		if s[i:i+n] == sep {
			return i
		}
	}
	return -1
}

// IndexRune returns the index of the first r in s, or -1. RuneError matches both U+FFFD and
// any invalid byte; a rune that is not valid matches nothing.
func IndexRune(s string, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i, c := range s {
			if c == utf8.RuneError {
				return i
			}
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	return Index(s, string(r))
}

// IndexAny returns the index of the first rune of s that is in chars, or -1.
func IndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i, r := range s {
		if IndexRune(chars, r) >= 0 {
			return i
		}
	}
	return -1
}

// LastIndexAny returns the index of the last rune of s that is in chars, or -1.
func LastIndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for end := len(s); end > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:end])
		end -= size
		if IndexRune(chars, r) >= 0 {
			return end
		}
	}
	return -1
}

// IndexFunc returns the index of the first rune of s for which f is truth, or -1.
func IndexFunc(s string, f func(rune) bool, truth bool) int {
	for i, r := range s {
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// LastIndexFunc returns the index of the last rune of s for which f is truth, or -1.
func LastIndexFunc(s string, f func(rune) bool, truth bool) int {
	for end := len(s); end > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:end])
		end -= size
		if f(r) == truth {
			return end
		}
	}
	return -1
}

// Count returns the number of non-overlapping instances of sep in s; for an empty sep, the
// number of runes plus one.
func Count(s, sep string) int {
	if sep == "" {
		return utf8.RuneCountInString(s) + 1
	}
	n := 0
	for {
		i := Index(s, sep)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(sep):]
	}
}

// Compare returns -1, 0 or +1 as a is less than, equal to or greater than b.
func Compare(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return +1
	}
	return 0
}
