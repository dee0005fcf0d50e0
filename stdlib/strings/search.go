// Package strings: functions on UTF-8 encoded strings, Builder, Reader and Replacer, written for
// minigo from the package's documentation. The algorithms it shares with package bytes are in
// internal/stringcore.
package strings

import "internal/stringcore"

// Index returns the index of the first instance of substr in s, or -1.
func Index(s, substr string) int { return stringcore.Index(s, substr) }

// LastIndex returns the index of the last instance of substr in s, or -1.
func LastIndex(s, substr string) int { return stringcore.LastIndex(s, substr) }

// IndexByte returns the index of the first c in s, or -1.
func IndexByte(s string, c byte) int { return stringcore.IndexByte(s, c) }

// LastIndexByte returns the index of the last c in s, or -1.
func LastIndexByte(s string, c byte) int { return stringcore.LastIndexByte(s, c) }

// IndexRune returns the index of the first r in s, or -1. utf8.RuneError matches any invalid
// byte too.
func IndexRune(s string, r rune) int { return stringcore.IndexRune(s, r) }

// IndexAny returns the index of the first rune of s that is in chars, or -1.
func IndexAny(s, chars string) int { return stringcore.IndexAny(s, chars) }

// LastIndexAny returns the index of the last rune of s that is in chars, or -1.
func LastIndexAny(s, chars string) int { return stringcore.LastIndexAny(s, chars) }

// IndexFunc returns the index of the first rune of s satisfying f, or -1.
func IndexFunc(s string, f func(rune) bool) int { return stringcore.IndexFunc(s, f, true) }

// LastIndexFunc returns the index of the last rune of s satisfying f, or -1.
func LastIndexFunc(s string, f func(rune) bool) int { return stringcore.LastIndexFunc(s, f, true) }

// Contains reports whether substr is within s.
func Contains(s, substr string) bool { return Index(s, substr) >= 0 }

// ContainsAny reports whether any rune of chars is within s.
func ContainsAny(s, chars string) bool { return IndexAny(s, chars) >= 0 }

// ContainsRune reports whether r is within s.
func ContainsRune(s string, r rune) bool { return IndexRune(s, r) >= 0 }

// ContainsFunc reports whether some rune of s satisfies f.
func ContainsFunc(s string, f func(rune) bool) bool { return IndexFunc(s, f) >= 0 }

// Count returns the number of non-overlapping instances of substr in s; for an empty substr,
// the number of runes plus one.
func Count(s, substr string) int { return stringcore.Count(s, substr) }

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix string) bool { return len(s) >= len(prefix) && s[:len(prefix)] == prefix }

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// Compare returns -1, 0 or +1 as a is less than, equal to or greater than b.
func Compare(a, b string) int { return stringcore.Compare(a, b) }

// EqualFold reports whether s and t are equal under simple Unicode case folding.
func EqualFold(s, t string) bool { return stringcore.EqualFold(s, t) }

// Cut slices s around the first instance of sep: what comes before and after it, and whether
// it was found (when not: s, "" and false).
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// CutPrefix returns s without prefix and whether s began with it (when not: s and false).
func CutPrefix(s, prefix string) (after string, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without suffix and whether s ended with it (when not: s and false).
func CutSuffix(s, suffix string) (before string, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}
