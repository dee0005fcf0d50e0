package bytes

import "internal/stringcore"

// pieces slices s at bounds (as stringcore returns them), each piece's capacity ending with it
// but the last one's when it is the rest of s; nil bounds give nil.
func pieces(s []byte, bounds []int, lastIsRest bool) [][]byte {
	if bounds == nil {
		return nil
	}
	out := make([][]byte, len(bounds)/2)
	for k := range out {
		start, end := bounds[2*k], bounds[2*k+1]
		out[k] = s[start:end:end]
	}
	if lastIsRest {
		out[len(out)-1] = s[bounds[len(bounds)-2]:]
	}
	return out
}

// Split slices s into the subslices between the instances of sep; an empty sep splits s into
// its UTF-8 sequences.
func Split(s, sep []byte) [][]byte { return SplitN(s, sep, -1) }

// SplitN is Split into at most n subslices (all when n < 0, none (nil) when n == 0); the last
// holds the rest of s.
func SplitN(s, sep []byte, n int) [][]byte {
	bounds, lastIsRest := stringcore.Split(str(s), str(sep), 0, n)
	return pieces(s, bounds, lastIsRest)
}

// SplitAfter is Split with each subslice keeping the sep that follows it.
func SplitAfter(s, sep []byte) [][]byte { return SplitAfterN(s, sep, -1) }

// SplitAfterN is SplitN with each subslice keeping the sep that follows it.
func SplitAfterN(s, sep []byte, n int) [][]byte {
	bounds, lastIsRest := stringcore.Split(str(s), str(sep), len(sep), n)
	return pieces(s, bounds, lastIsRest)
}

// Fields splits s around runs of white space (unicode.IsSpace).
func Fields(s []byte) [][]byte { return pieces(s, stringcore.Fields(str(s)), false) }

// FieldsFunc splits s around runs of runes satisfying f.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	return pieces(s, stringcore.FieldsFunc(str(s), f), false)
}

// Join concatenates s with sep between its elements, into a new slice.
func Join(s [][]byte, sep []byte) []byte {
	switch len(s) {
	case 0:
		return []byte{}
	case 1:
		return append([]byte(nil), s[0]...)
	}
	size := len(sep) * (len(s) - 1)
	for _, e := range s {
		size += len(e)
	}
	out := make([]byte, 0, size)
	for i, e := range s {
		if i > 0 {
			out = append(out, sep...)
		}
		out = append(out, e...)
	}
	return out
}

// Repeat returns count copies of b in a new slice. A negative count, or a result too long,
// panics.
func Repeat(b []byte, count int) []byte { return stringcore.Repeat(str(b), count, "bytes") }

// Replace returns a copy of s with its first n non-overlapping instances of old (all when n < 0)
// replaced by new. An empty old matches at the start of s and after each rune.
func Replace(s, old, new []byte, n int) []byte {
	if out, changed := stringcore.Replace(str(s), str(old), str(new), n); changed {
		return out
	}
	return append([]byte(nil), s...)
}

// ReplaceAll is Replace of every instance.
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

// Map returns a copy of s with each rune replaced by mapping's result; a negative one drops it.
func Map(mapping func(rune) rune, s []byte) []byte {
	if out, changed := stringcore.Map(mapping, str(s)); changed {
		return out
	}
	return append(make([]byte, 0, len(s)), s...)
}

// ToUpper returns a copy of s with every letter mapped to upper case.
func ToUpper(s []byte) []byte { return Map(stringcore.ToUpperRune, s) }

// ToLower returns a copy of s with every letter mapped to lower case.
func ToLower(s []byte) []byte { return Map(stringcore.ToLowerRune, s) }

// Runes returns the runes of s (each invalid byte is utf8.RuneError).
func Runes(s []byte) []rune { return []rune(str(s)) }

// Clone returns a copy of b; nil stays nil.
func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

// The trims that cut on the left give nil when nothing is left; those that cut only on the
// right keep s's start (so an empty non-nil s stays so).

// between is s[start:end], or nil when that is empty.
func between(s []byte, start, end int) []byte {
	if start == end {
		return nil
	}
	return s[start:end]
}

// Trim returns s without the leading and trailing runes that are in cutset.
func Trim(s []byte, cutset string) []byte {
	start := stringcore.TrimLeft(str(s), cutset)
	return between(s, start, start+stringcore.TrimRight(str(s[start:]), cutset))
}

// TrimLeft returns s without the leading runes that are in cutset.
func TrimLeft(s []byte, cutset string) []byte {
	return between(s, stringcore.TrimLeft(str(s), cutset), len(s))
}

// TrimRight returns s without the trailing runes that are in cutset.
func TrimRight(s []byte, cutset string) []byte { return s[:stringcore.TrimRight(str(s), cutset)] }

// TrimFunc returns s without the leading and trailing runes satisfying f.
func TrimFunc(s []byte, f func(rune) bool) []byte {
	start := stringcore.TrimLeftFunc(str(s), f)
	return between(s, start, start+stringcore.TrimRightFunc(str(s[start:]), f))
}

// TrimLeftFunc returns s without the leading runes satisfying f.
func TrimLeftFunc(s []byte, f func(rune) bool) []byte {
	return between(s, stringcore.TrimLeftFunc(str(s), f), len(s))
}

// TrimRightFunc returns s without the trailing runes satisfying f.
func TrimRightFunc(s []byte, f func(rune) bool) []byte {
	return s[:stringcore.TrimRightFunc(str(s), f)]
}

// TrimSpace returns s without its leading and trailing white space.
func TrimSpace(s []byte) []byte {
	start, end := stringcore.TrimSpace(str(s))
	return between(s, start, end)
}

// TrimPrefix returns s without prefix, when it begins with it.
func TrimPrefix(s, prefix []byte) []byte {
	after, _ := CutPrefix(s, prefix)
	return after
}

// TrimSuffix returns s without suffix, when it ends with it.
func TrimSuffix(s, suffix []byte) []byte {
	before, _ := CutSuffix(s, suffix)
	return before
}
