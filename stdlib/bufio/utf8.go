package bufio

// UTF-8 decoding for ReadRune, ScanRunes and ScanWords (package unicode/utf8's work, kept
// private here).

const (
	runeError = '\uFFFD' // what an invalid encoding decodes to
	utfMax    = 4        // the longest encoding
)

// sequence is the length of the UTF-8 sequence that starts with c and the range its second
// byte must be in (narrower after E0, ED, F0 and F4, which would otherwise start overlong
// forms, surrogates or code points past U+10FFFF); size 1 for ASCII, 0 for a byte that starts
// no sequence.
func sequence(c byte) (size int, lo, hi byte) {
	switch {
	case c < 0x80:
		return 1, 0, 0
	case 0xC2 <= c && c <= 0xDF:
		return 2, 0x80, 0xBF
	case c == 0xE0:
		return 3, 0xA0, 0xBF
	case c == 0xED:
		return 3, 0x80, 0x9F
	case 0xE1 <= c && c <= 0xEF:
		return 3, 0x80, 0xBF
	case c == 0xF0:
		return 4, 0x90, 0xBF
	case 0xF1 <= c && c <= 0xF3:
		return 4, 0x80, 0xBF
	case c == 0xF4:
		return 4, 0x80, 0x8F
	}
	return 0, 0, 0
}

func continuation(c byte) bool { return 0x80 <= c && c <= 0xBF }

// decodeRune decodes the first rune of p: (runeError, 1) for an invalid or incomplete
// encoding, (runeError, 0) for an empty p.
func decodeRune(p []byte) (r rune, size int) {
	if len(p) == 0 {
		return runeError, 0
	}
	size, lo, hi := sequence(p[0])
	if size == 1 {
		return rune(p[0]), 1
	}
	if size == 0 || len(p) < size || p[1] < lo || p[1] > hi {
		return runeError, 1
	}
	r = rune(p[0] & (0xFF >> (size + 1)))
	for i := 1; i < size; i++ {
		if !continuation(p[i]) {
			return runeError, 1
		}
		r = r<<6 | rune(p[i]&0x3F)
	}
	return r, size
}

// fullRune reports whether p starts with a complete encoding, valid or not: more bytes could
// not change what decodeRune makes of it.
func fullRune(p []byte) bool {
	if len(p) == 0 {
		return false
	}
	size, lo, hi := sequence(p[0])
	switch {
	case size <= len(p):
		return true // size 0 included: an invalid first byte is a complete (error) rune
	case len(p) > 1 && (p[1] < lo || p[1] > hi):
		return true
	case len(p) > 2 && !continuation(p[2]):
		return true
	}
	return false
}

// isSpace reports whether r is white space as Unicode defines it.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200A
}
