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
// Candidates are where sep's first byte is; when too many of them fail, the search goes on by
// hashing, so that it stays linear in len(s).
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
	first, failed := sep[0], 0
	for i := 0; i+n <= len(s); i++ {
		if s[i] != first {
			continue
		}
		if s[i:i+n] == sep {
			return i
		}
		if failed++; failed > 4+i/16 {
			if j := indexByHash(s[i+1:], sep); j >= 0 {
				return i + 1 + j
			}
			return -1
		}
	}
	return -1
}

// LastIndex returns the index of the last instance of sep in s, or -1; an empty sep is at
// len(s).
func LastIndex(s, sep string) int {
	switch n := len(sep); {
	case n == 0:
		return len(s)
	case n == 1:
		return LastIndexByte(s, sep[0])
	case n > len(s):
		return -1
	}
	return lastIndexByHash(s, sep)
}

// The Rabin-Karp search: a window of s is compared with sep only when their hashes, polynomials
// in hashBase modulo 2^32, agree; sliding the window updates its hash in constant time.
const hashBase = 16777619

// hashOf returns the hash of s and hashBase to the power len(s), which removes a byte that
// leaves the window.
func hashOf(s string) (hash, pow uint32) {
	pow = 1
	for i := 0; i < len(s); i++ {
		hash = hash*hashBase + uint32(s[i])
		pow *= hashBase
	}
	return hash, pow
}

func indexByHash(s, sep string) int {
	n := len(sep)
	if n > len(s) {
		return -1
	}
	want, pow := hashOf(sep)
	h, _ := hashOf(s[:n])
	for i := 0; ; i++ {
		if h == want && s[i:i+n] == sep {
			return i
		}
		if i+n == len(s) {
			return -1
		}
		h = h*hashBase + uint32(s[i+n]) - pow*uint32(s[i])
	}
}

// lastIndexByHash hashes the windows from the end, each byte weighted by its distance from
// the window's start.
func lastIndexByHash(s, sep string) int {
	n := len(sep)
	want, pow := hashOfReversed(sep)
	h, _ := hashOfReversed(s[len(s)-n:])
	for i := len(s) - n; ; i-- {
		if h == want && s[i:i+n] == sep {
			return i
		}
		if i == 0 {
			return -1
		}
		h = h*hashBase + uint32(s[i-1]) - pow*uint32(s[i+n-1])
	}
}

func hashOfReversed(s string) (hash, pow uint32) {
	pow = 1
	for i := len(s) - 1; i >= 0; i-- {
		hash = hash*hashBase + uint32(s[i])
		pow *= hashBase
	}
	return hash, pow
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
