// Package utf8: runes encoded as UTF-8, written for minigo from the package's documentation.
// The []byte functions read their argument as a string that shares its memory (internal/alias),
// so each has one implementation, the string one.
package utf8

import "internal/alias"

const (
	RuneError = '\uFFFD'     // the "error" rune: what invalid input decodes as
	RuneSelf  = 0x80         // runes below it are one byte, themselves
	MaxRune   = '\U0010FFFF' // the largest valid code point
	UTFMax    = 4            // the most bytes a rune takes
)

// The surrogate halves of UTF-16 are no runes of their own.
const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// sequence tells what a leading byte announces: how many bytes the rune takes (0 when the byte
// cannot start one) and the range its second byte must lie in, which is narrower than a
// continuation byte's after E0, ED, F0 and F4 (to exclude overlong forms, surrogates and runes
// beyond MaxRune).
func sequence(b byte) (size int, lo, hi byte) {
	switch {
	case b < RuneSelf:
		return 1, 0, 0
	case b < 0xC2:
		return 0, 0, 0
	case b < 0xE0:
		return 2, 0x80, 0xBF
	case b == 0xE0:
		return 3, 0xA0, 0xBF
	case b == 0xED:
		return 3, 0x80, 0x9F
	case b < 0xF0:
		return 3, 0x80, 0xBF
	case b == 0xF0:
		return 4, 0x90, 0xBF
	case b < 0xF4:
		return 4, 0x80, 0xBF
	case b == 0xF4:
		return 4, 0x80, 0x8F
	}
	return 0, 0, 0
}

func isContinuation(b byte) bool { return b&0xC0 == 0x80 }

// DecodeRuneInString returns the first rune of s and its width in bytes: (RuneError, 0) when s
// is empty, (RuneError, 1) when s does not start with a valid encoding.
func DecodeRuneInString(s string) (r rune, size int) {
	if len(s) == 0 {
		return RuneError, 0
	}
	b := s[0]
	n, lo, hi := sequence(b)
	if n == 1 {
		return rune(b), 1
	}
	if n == 0 || len(s) < n || s[1] < lo || s[1] > hi {
		return RuneError, 1
	}
	r = rune(b) & (0x7F >> n)
	for i := 1; i < n; i++ {
		if !isContinuation(s[i]) {
			return RuneError, 1
		}
		r = r<<6 | rune(s[i]&0x3F)
	}
	return r, n
}

// DecodeRune is DecodeRuneInString of p's bytes.
func DecodeRune(p []byte) (r rune, size int) { return DecodeRuneInString(alias.String(p)) }

// DecodeLastRuneInString returns the last rune of s and its width: (RuneError, 0) when s is
// empty, (RuneError, 1) when s does not end with a valid encoding.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	if s[end-1] < RuneSelf {
		return rune(s[end-1]), 1
	}
	start := end - 1
	for start > 0 && start > end-UTFMax && !RuneStart(s[start]) {
		start--
	}
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRune is DecodeLastRuneInString of p's bytes.
func DecodeLastRune(p []byte) (r rune, size int) { return DecodeLastRuneInString(alias.String(p)) }

// RuneStart reports whether b may be the first byte of an encoding (it is no continuation byte).
func RuneStart(b byte) bool { return !isContinuation(b) }

// RuneLen returns the number of bytes r's encoding takes; -1 when r is no valid rune.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < RuneSelf:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// ValidRune reports whether r is a code point that UTF-8 may encode (no surrogate half).
func ValidRune(r rune) bool {
	return 0 <= r && r < surrogateMin || surrogateMax < r && r <= MaxRune
}

// EncodeRune writes r's encoding (RuneError's, when r is no valid rune) into p and returns its
// length. p must be long enough: a short p panics with an index out of range.
func EncodeRune(p []byte, r rune) int {
	n := RuneLen(r)
	if n < 0 {
		r, n = RuneError, 3
	}
	if n == 1 {
		p[0] = byte(r)
		return 1
	}
	_ = p[n-1] // the bounds check first, so that p is left untouched when it is too short
	for i := n - 1; i > 0; i-- {
		p[i] = 0x80 | byte(r&0x3F)
		r >>= 6
	}
	p[0] = byte(int(0xF00)>>n) | byte(r) // the leading byte: n ones, a zero, the highest bits
	return n
}

// AppendRune appends r's encoding (RuneError's, when r is no valid rune) to p.
func AppendRune(p []byte, r rune) []byte {
	if 0 <= r && r < RuneSelf {
		return append(p, byte(r))
	}
	var buf [UTFMax]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}

// FullRuneInString reports whether s begins with a whole rune's encoding. An invalid encoding
// counts as whole, since it decodes as RuneError of width 1.
func FullRuneInString(s string) bool {
	if len(s) == 0 {
		return false
	}
	n, lo, hi := sequence(s[0])
	if len(s) >= n || len(s) > 1 && (s[1] < lo || s[1] > hi) {
		return true
	}
	return len(s) > 2 && !isContinuation(s[2])
}

// FullRune is FullRuneInString of p's bytes.
func FullRune(p []byte) bool { return FullRuneInString(alias.String(p)) }

// RuneCountInString returns the number of runes in s; each byte of an invalid encoding counts
// as one.
func RuneCountInString(s string) (n int) {
	for i := 0; i < len(s); n++ {
		if s[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRuneInString(s[i:])
		i += size
	}
	return n
}

// RuneCount is RuneCountInString of p's bytes.
func RuneCount(p []byte) int { return RuneCountInString(alias.String(p)) }

// ValidString reports whether s consists only of valid encodings.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// Valid is ValidString of p's bytes.
func Valid(p []byte) bool { return ValidString(alias.String(p)) }
