package stringcore

import "unicode/utf8"

// Unicode's case mapping of non-ASCII runes comes from the runtime's table
// (runtime/unicode_case.cpp, generated from Go's unicode package): unicode.ToUpper, ToLower and
// SimpleFold.
func upperOf(r rune) rune
func lowerOf(r rune) rune
func simpleFold(r rune) rune

// ToUpperRune maps r to upper case.
func ToUpperRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return upperOf(r)
}

// ToLowerRune maps r to lower case.
func ToLowerRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return lowerOf(r)
}

// IsSpace reports whether r is white space: unicode.IsSpace, whose runes are Unicode's
// White_Space property (which includes U+0085 and U+00A0).
func IsSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200A
}

// Map returns s with each rune replaced by mapping's result, or dropped where that is negative,
// and whether this changed anything (when it did not, out is nil). An invalid byte is passed
// as RuneError and always replaced by the encoding of the result.
func Map(mapping func(rune) rune, s string) (out []byte, changed bool) {
	for i, r := range s {
		m := mapping(r)
		if !changed {
			if m == r && !(r == utf8.RuneError && invalidAt(s, i)) {
				continue
			}
			changed = true
			out = make([]byte, 0, len(s)+utf8.UTFMax)
			out = append(out, s[:i]...)
		}
		if m >= 0 {
			out = utf8.AppendRune(out, m)
		}
	}
	return out, changed
}

// invalidAt reports whether s has an invalid byte at i, where range over s gave RuneError.
func invalidAt(s string, i int) bool {
	_, size := utf8.DecodeRuneInString(s[i:])
	return size == 1
}

// EqualFold reports whether s and t are equal under simple Unicode case folding (invalid bytes
// being RuneError).
func EqualFold(s, t string) bool {
	for s != "" && t != "" {
		a, n := utf8.DecodeRuneInString(s)
		b, m := utf8.DecodeRuneInString(t)
		s, t = s[n:], t[m:]
		if a != b && !sameFold(a, b) {
			return false
		}
	}
	return s == t
}

// sameFold reports whether b is in a's orbit under simpleFold.
func sameFold(a, b rune) bool {
	if a < utf8.RuneSelf && b < utf8.RuneSelf {
		return ToLowerRune(a) == ToLowerRune(b)
	}
	for f := simpleFold(a); f != a; f = simpleFold(f) {
		if f == b {
			return true
		}
	}
	return false
}
