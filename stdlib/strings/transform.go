package strings

import (
	"internal/alias"
	"internal/stringcore"
)

// pieces slices s at bounds (as stringcore returns them); nil bounds give nil.
func pieces(s string, bounds []int) []string {
	if bounds == nil {
		return nil
	}
	out := make([]string, len(bounds)/2)
	for k := range out {
		out[k] = s[bounds[2*k]:bounds[2*k+1]]
	}
	return out
}

// Split slices s into the substrings between the instances of sep; an empty sep splits s into
// its runes.
func Split(s, sep string) []string { return SplitN(s, sep, -1) }

// SplitN is Split into at most n substrings (all when n < 0, none (nil) when n == 0); the last
// holds the rest of s.
func SplitN(s, sep string, n int) []string {
	bounds, _ := stringcore.Split(s, sep, 0, n)
	return pieces(s, bounds)
}

// SplitAfter is Split with each substring keeping the sep that follows it.
func SplitAfter(s, sep string) []string { return SplitAfterN(s, sep, -1) }

// SplitAfterN is SplitN with each substring keeping the sep that follows it.
func SplitAfterN(s, sep string, n int) []string {
	bounds, _ := stringcore.Split(s, sep, len(sep), n)
	return pieces(s, bounds)
}

// Fields splits s around runs of white space (unicode.IsSpace).
func Fields(s string) []string { return pieces(s, stringcore.Fields(s)) }

// FieldsFunc splits s around runs of runes satisfying f.
func FieldsFunc(s string, f func(rune) bool) []string { return pieces(s, stringcore.FieldsFunc(s, f)) }

// Join concatenates elems with sep between them.
func Join(elems []string, sep string) string {
	if len(elems) == 0 {
		return ""
	}
	size := len(sep) * (len(elems) - 1)
	for _, e := range elems {
		size += len(e)
	}
	var b Builder
	b.Grow(size)
	for i, e := range elems {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(e)
	}
	return b.String()
}

// Repeat returns count copies of s. A negative count, or a result too long, panics.
func Repeat(s string, count int) string { return alias.String(stringcore.Repeat(s, count, "strings")) }

// Replace returns s with its first n non-overlapping instances of old (all when n < 0) replaced
// by new. An empty old matches at the start of s and after each rune.
func Replace(s, old, new string, n int) string {
	if out, changed := stringcore.Replace(s, old, new, n); changed {
		return alias.String(out)
	}
	return s
}

// ReplaceAll is Replace of every instance.
func ReplaceAll(s, old, new string) string { return Replace(s, old, new, -1) }

// Map returns s with each rune replaced by mapping's result; a negative one drops it.
func Map(mapping func(rune) rune, s string) string {
	if out, changed := stringcore.Map(mapping, s); changed {
		return alias.String(out)
	}
	return s
}

// ToUpper maps every letter of s to upper case.
func ToUpper(s string) string { return Map(stringcore.ToUpperRune, s) }

// ToLower maps every letter of s to lower case.
func ToLower(s string) string { return Map(stringcore.ToLowerRune, s) }

// Clone returns a fresh copy of s.
func Clone(s string) string {
	if s == "" {
		return ""
	}
	return string([]byte(s))
}

// Trim returns s without the leading and trailing runes that are in cutset.
func Trim(s, cutset string) string { return TrimRight(TrimLeft(s, cutset), cutset) }

// TrimLeft returns s without the leading runes that are in cutset.
func TrimLeft(s, cutset string) string { return s[stringcore.TrimLeft(s, cutset):] }

// TrimRight returns s without the trailing runes that are in cutset.
func TrimRight(s, cutset string) string { return s[:stringcore.TrimRight(s, cutset)] }

// TrimFunc returns s without the leading and trailing runes satisfying f.
func TrimFunc(s string, f func(rune) bool) string { return TrimRightFunc(TrimLeftFunc(s, f), f) }

// TrimLeftFunc returns s without the leading runes satisfying f.
func TrimLeftFunc(s string, f func(rune) bool) string { return s[stringcore.TrimLeftFunc(s, f):] }

// TrimRightFunc returns s without the trailing runes satisfying f.
func TrimRightFunc(s string, f func(rune) bool) string { return s[:stringcore.TrimRightFunc(s, f)] }

// TrimSpace returns s without its leading and trailing white space.
func TrimSpace(s string) string {
	start, end := stringcore.TrimSpace(s)
	return s[start:end]
}

// TrimPrefix returns s without prefix, when it begins with it.
func TrimPrefix(s, prefix string) string {
	after, _ := CutPrefix(s, prefix)
	return after
}

// TrimSuffix returns s without suffix, when it ends with it.
func TrimSuffix(s, suffix string) string {
	before, _ := CutSuffix(s, suffix)
	return before
}
