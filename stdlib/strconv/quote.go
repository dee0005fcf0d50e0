package strconv

// Runtime functions: fmt's quoting (%q), shared so that both quote alike.
func quote(s string, asciiOnly int) string
func quoteRune(r int, asciiOnly int) string
func canBackquote(s string) bool
func isPrint(r int) bool

// Quote returns s as a double-quoted Go string literal: control characters, non-printable
// runes and invalid UTF-8 bytes escaped.
func Quote(s string) string { return quote(s, 0) }

// QuoteToASCII is Quote escaping every rune outside ASCII too.
func QuoteToASCII(s string) string { return quote(s, 1) }

// QuoteRune returns r as a single-quoted Go character literal; invalid runes become U+FFFD.
func QuoteRune(r rune) string { return quoteRune(int(r), 0) }

// QuoteRuneToASCII is QuoteRune escaping every rune outside ASCII too.
func QuoteRuneToASCII(r rune) string { return quoteRune(int(r), 1) }

func AppendQuote(dst []byte, s string) []byte { return append(dst, Quote(s)...) }

func AppendQuoteToASCII(dst []byte, s string) []byte { return append(dst, QuoteToASCII(s)...) }

func AppendQuoteRune(dst []byte, r rune) []byte { return append(dst, QuoteRune(r)...) }

func AppendQuoteRuneToASCII(dst []byte, r rune) []byte { return append(dst, QuoteRuneToASCII(r)...) }

// CanBackquote reports whether s can be written as a raw string literal: valid UTF-8 without
// control characters other than tab, backquotes or U+FEFF.
func CanBackquote(s string) bool { return canBackquote(s) }

// IsPrint reports whether r is a letter, mark, number, punctuation or symbol, or U+0020.
func IsPrint(r rune) bool { return isPrint(int(r)) }

// IsGraphic is IsPrint also admitting the spaces of category Zs.
func IsGraphic(r rune) bool {
	switch {
	case r == 0xA0, r == 0x1680, 0x2000 <= r && r <= 0x200A, r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	}
	return IsPrint(r)
}

// Unquote returns the string that s, a single-quoted, double-quoted or backquoted Go literal,
// stands for (a character literal gives a one-character string, the empty one
// for an empty character literal).
func Unquote(s string) (string, error) {
	n := len(s)
	if n < 2 || s[0] != s[n-1] {
		return "", ErrSyntax
	}
	quote, body := s[0], s[1:n-1]
	switch quote {
	case '`':
		if indexByte(body, '`') >= 0 {
			return "", ErrSyntax
		}
		return withoutByte(body, '\r'), nil // as the language drops them
	case '"', '\'':
	default:
		return "", ErrSyntax
	}
	if indexByte(body, '\n') >= 0 {
		return "", ErrSyntax
	}
	var buf []byte
	for body != "" {
		r, multibyte, tail, err := UnquoteChar(body, quote)
		if err != nil {
			return "", err
		}
		if multibyte {
			buf = append(buf, string(r)...)
		} else {
			buf = append(buf, byte(r))
		}
		body = tail
		if quote == '\'' && body != "" {
			return "", ErrSyntax
		}
	}
	return string(buf), nil
}

// UnquoteChar decodes the first character of s, the inside of a literal quoted by quote (0 when
// neither quote is special): the rune or byte value, whether it is a rune taking several UTF-8
// bytes, and the rest of s.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if s == "" {
		return 0, false, "", ErrSyntax
	}
	switch c := s[0]; {
	case c == quote && (quote == '\'' || quote == '"'):
		return 0, false, "", ErrSyntax
	case c >= 0x80:
		r, size := firstRune(s)
		return r, true, s[size:], nil
	case c != '\\':
		return rune(c), false, s[1:], nil
	}
	if len(s) < 2 {
		return 0, false, "", ErrSyntax
	}
	c, rest := s[1], s[2:]
	if i := indexByte("abfnrtv\\", c); i >= 0 {
		return rune("\a\b\f\n\r\t\v\\"[i]), false, rest, nil
	}
	switch c {
	case '\'', '"':
		if c == quote {
			return rune(c), false, rest, nil
		}
	case 'x', 'u', 'U':
		size := 2
		if c == 'u' {
			size = 4
		} else if c == 'U' {
			size = 8
		}
		if len(rest) < size {
			break
		}
		var v rune
		for i := 0; i < size; i++ {
			d := digitValue(rest[i])
			if d >= 16 {
				return 0, false, "", ErrSyntax
			}
			v = v<<4 | rune(d)
		}
		if c == 'x' {
			return v, false, rest[size:], nil
		}
		if v < 0 || v > 0x10FFFF || 0xD800 <= v && v <= 0xDFFF {
			break
		}
		return v, true, rest[size:], nil
	case '0', '1', '2', '3', '4', '5', '6', '7':
		if len(rest) < 2 || !isOctal(rest[0]) || !isOctal(rest[1]) {
			break
		}
		v := rune(c-'0')<<6 | rune(rest[0]-'0')<<3 | rune(rest[1]-'0')
		if v > 0xFF {
			break
		}
		return v, false, rest[2:], nil
	}
	return 0, false, "", ErrSyntax
}

func isOctal(c byte) bool { return '0' <= c && c <= '7' }

// firstRune decodes the rune s starts with: U+FFFD and 1 for an invalid byte.
func firstRune(s string) (rune, int) {
	var first rune
	for i, r := range s {
		if i > 0 {
			return first, i
		}
		first = r
	}
	return first, len(s)
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// withoutByte returns s without its bytes c.
func withoutByte(s string, c byte) string {
	if indexByte(s, c) < 0 {
		return s
	}
	kept := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != c {
			kept = append(kept, s[i])
		}
	}
	return string(kept)
}
