// Package bytes: functions on byte slices and Buffer, written for minigo from the package's
// documentation. The algorithms it shares with package strings are in internal/stringcore,
// which reads a slice as a string sharing its memory (internal/alias.String): those strings
// never outlive the call.
package bytes

import (
	"internal/alias"
	"internal/stringcore"
)

func str(b []byte) string { return alias.String(b) }

// Index returns the index of the first instance of sep in s, or -1.
func Index(s, sep []byte) int { return stringcore.Index(str(s), str(sep)) }

// LastIndex returns the index of the last instance of sep in s, or -1.
func LastIndex(s, sep []byte) int { return stringcore.LastIndex(str(s), str(sep)) }

// IndexByte returns the index of the first c in b, or -1.
func IndexByte(b []byte, c byte) int { return stringcore.IndexByte(str(b), c) }

// LastIndexByte returns the index of the last c in s, or -1.
func LastIndexByte(s []byte, c byte) int { return stringcore.LastIndexByte(str(s), c) }

// IndexRune returns the index of the first r in s (read as UTF-8), or -1. utf8.RuneError
// matches any invalid byte too.
func IndexRune(s []byte, r rune) int { return stringcore.IndexRune(str(s), r) }

// IndexAny returns the index of the first rune of s that is in chars, or -1.
func IndexAny(s []byte, chars string) int { return stringcore.IndexAny(str(s), chars) }

// LastIndexAny returns the index of the last rune of s that is in chars, or -1.
func LastIndexAny(s []byte, chars string) int { return stringcore.LastIndexAny(str(s), chars) }

// IndexFunc returns the index of the first rune of s satisfying f, or -1.
func IndexFunc(s []byte, f func(rune) bool) int { return stringcore.IndexFunc(str(s), f, true) }

// LastIndexFunc returns the index of the last rune of s satisfying f, or -1.
func LastIndexFunc(s []byte, f func(rune) bool) int { return stringcore.LastIndexFunc(str(s), f, true) }

// Contains reports whether subslice is within b.
func Contains(b, subslice []byte) bool { return Index(b, subslice) >= 0 }

// ContainsAny reports whether any rune of chars is within b.
func ContainsAny(b []byte, chars string) bool { return IndexAny(b, chars) >= 0 }

// ContainsRune reports whether r is within b.
func ContainsRune(b []byte, r rune) bool { return IndexRune(b, r) >= 0 }

// ContainsFunc reports whether some rune of b satisfies f.
func ContainsFunc(b []byte, f func(rune) bool) bool { return IndexFunc(b, f) >= 0 }

// Count returns the number of non-overlapping instances of sep in s; for an empty sep, the
// number of runes plus one.
func Count(s, sep []byte) int { return stringcore.Count(str(s), str(sep)) }

// Equal reports whether a and b hold the same bytes (nil equals empty).
func Equal(a, b []byte) bool { return str(a) == str(b) }

// Compare returns -1, 0 or +1 as a is less than, equal to or greater than b (nil equals empty).
func Compare(a, b []byte) int { return stringcore.Compare(str(a), str(b)) }

// EqualFold reports whether s and t are equal under simple Unicode case folding.
func EqualFold(s, t []byte) bool { return stringcore.EqualFold(str(s), str(t)) }

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix []byte) bool { return len(s) >= len(prefix) && Equal(s[:len(prefix)], prefix) }

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && Equal(s[len(s)-len(suffix):], suffix)
}

// Cut slices s around the first instance of sep: what comes before and after it, and whether
// it was found (when not: s, nil and false).
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// CutPrefix returns s without prefix and whether s began with it (when not: s and false).
func CutPrefix(s, prefix []byte) (after []byte, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without suffix and whether s ended with it (when not: s and false).
func CutSuffix(s, suffix []byte) (before []byte, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}
