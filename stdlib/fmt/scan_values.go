package fmt

import (
	"internal/reflectlite"
	"io"
	"strconv"
	"unicode/utf8"
)

// scanOperand scans one value with the verb (%v for Scan and Scanln) and stores it where arg
// points. width limits the runes the value may take (-1: no limit).
func (s *scanState) scanOperand(arg any, verb rune, width int) {
	if p, ok := arg.(*[]byte); ok {
		*p = []byte(s.scanString(verb, width))
		return
	}
	kind := reflectlite.ElemKind(arg)
	switch kind {
	case "":
		s.fail("type not a pointer: " + Sprintf("%T", arg))
	case "bool":
		reflectlite.SetElemBool(arg, s.scanBool(verb, width))
	case "int", "int8", "int16", "int32", "int64":
		reflectlite.SetElemInt(arg, s.scanInt(verb, width, kindBits(kind)))
	case "uint", "uint8", "uint16", "uint32", "uint64", "uintptr":
		reflectlite.SetElemInt(arg, int64(s.scanUint(verb, width, kindBits(kind))))
	case "float32", "float64":
		reflectlite.SetElemFloat(arg, s.scanFloat(verb, width, kindBits(kind)))
	case "complex64", "complex128":
		re, im := s.scanComplex(verb, width, kindBits(kind)/2)
		reflectlite.SetElemComplex(arg, re, im)
	case "string":
		reflectlite.SetElemString(arg, s.scanString(verb, width))
	default:
		s.fail("can't scan type: " + Sprintf("%T", arg))
	}
}

// kindBits is the size in bits of a numeric kind: 64 for int, uint and uintptr.
func kindBits(kind string) int {
	switch kind[len(kind)-1] {
	case '8':
		return 8
	case '6':
		return 16
	case '2':
		return 32
	}
	return 64
}

// startToken skips to the operand (except for %c), applies its width and starts a new token.
func (s *scanState) startToken(verb rune, width int) {
	if verb != 'c' {
		s.skipToOperand()
	}
	s.limit = width
	s.tok = s.tok[:0]
}

// endToken is the token read, and lifts the width.
func (s *scanState) endToken() string {
	s.limit = -1
	return string(s.tok)
}

// badVerb ends the call for a verb that does not apply to the operand's type.
func (s *scanState) badVerb(verb rune, what string) {
	s.fail("bad verb '%" + string(verb) + "' for " + what)
}

// scanChar reads one rune, spaces included (%c).
func (s *scanState) scanChar(width int) rune {
	s.startToken('c', width)
	r := s.readRune()
	s.endToken()
	if r == eof {
		panic(scanError{io.EOF})
	}
	return r
}

// digitsOf is the digits of an integer in the base, for the verbs that choose one.
func (s *scanState) digitsOf(verb rune) (base int, digits string) {
	switch verb {
	case 'b':
		return 2, "01"
	case 'o':
		return 8, "01234567"
	case 'd', 'v':
		return 10, "0123456789"
	case 'x', 'X':
		return 16, "0123456789abcdefABCDEF"
	}
	s.badVerb(verb, "integer")
	return 0, ""
}

// scanDigits reads the digits of an integer (after its sign). %v takes Go's base prefixes (0b,
// 0o, 0x, and 0 for octal) and underscores between digits; then the base is 0, for strconv to
// read the prefix.
func (s *scanState) scanDigits(verb rune) (base int) {
	base, digits := s.digitsOf(verb)
	found := false
	if verb == 'v' {
		if s.accept("0") {
			found = true
			base, digits = 0, "01234567_"
			switch {
			case s.accept("bB"):
				digits = "01_"
			case s.accept("oO"):
			case s.accept("xX"):
				digits = "0123456789abcdefABCDEF_"
			}
		} else {
			base, digits = 0, "0123456789_"
		}
	}
	if !s.acceptAll(digits) && !found {
		s.fail("expected integer")
	}
	return base
}

func (s *scanState) scanInt(verb rune, width int, bits int) int64 {
	if verb == 'c' {
		return int64(s.scanChar(width))
	}
	s.digitsOf(verb) // a bad verb is reported before the input is read
	s.startToken(verb, width)
	s.notEOF()
	s.accept("+-")
	s.notEOF()
	base := s.scanDigits(verb)
	tok := s.endToken()
	v, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		panic(scanError{err})
	}
	if shift := 64 - bits; v<<shift>>shift != v {
		s.fail("integer overflow on token " + tok)
	}
	return v
}

func (s *scanState) scanUint(verb rune, width int, bits int) uint64 {
	if verb == 'c' {
		return uint64(s.scanChar(width))
	}
	s.digitsOf(verb)
	s.startToken(verb, width)
	s.notEOF()
	base := s.scanDigits(verb)
	tok := s.endToken()
	v, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		panic(scanError{err})
	}
	if shift := 64 - bits; v<<shift>>shift != v {
		s.fail("unsigned integer overflow on token " + tok)
	}
	return v
}

// floatVerb ends the call for a verb that does not apply to floats and complex numbers.
func (s *scanState) floatVerb(verb rune, what string) {
	switch verb {
	case 'b', 'e', 'E', 'f', 'F', 'g', 'G', 'x', 'X', 'v':
	default:
		s.badVerb(verb, what)
	}
}

func (s *scanState) scanFloat(verb rune, width int, bits int) float64 {
	s.floatVerb(verb, "float")
	s.startToken(verb, width)
	s.notEOF()
	return s.floatToken(bits)
}

const complexSyntax = "syntax error scanning complex number"

// scanComplex reads `re+imi`, in parentheses or not, each part a float of the size in bits. (The
// width limits the real part only.)
func (s *scanState) scanComplex(verb rune, width int, bits int) (re, im float64) {
	s.floatVerb(verb, "complex")
	s.startToken(verb, width)
	s.notEOF()
	parens := s.readRune() == '('
	if !parens {
		s.unreadRune()
	}
	re = s.floatToken(bits)
	if !s.accept("+-") {
		s.fail(complexSyntax)
	}
	s.unreadRune()
	s.tok = s.tok[:0]
	im = s.floatToken(bits)
	s.expectRune('i', complexSyntax)
	if parens {
		s.expectRune(')', complexSyntax)
	}
	s.endToken()
	return re, im
}

// floatToken reads the longest prefix that looks like a float (decimal or hexadecimal, Inf,
// NaN) and converts it with strconv, whose error it returns. It lifts the width.
func (s *scanState) floatToken(bits int) float64 {
	s.accept("+-")
	switch {
	case s.accept("iI"):
		s.accept("nN")
		s.accept("fF")
	case s.accept("nN"):
		s.accept("aA")
		s.accept("nN")
	case s.accept("0") && s.accept("xX"):
		s.acceptAll("0123456789abcdefABCDEF_")
		s.accept(".")
		s.acceptAll("0123456789abcdefABCDEF_")
		if s.accept("pP") {
			s.accept("+-")
			s.acceptAll("0123456789_")
		}
	default:
		s.acceptAll("0123456789_")
		s.accept(".")
		s.acceptAll("0123456789_")
		if s.accept("eEpP") {
			s.accept("+-")
			s.acceptAll("0123456789_")
		}
	}
	v, err := strconv.ParseFloat(s.endToken(), bits)
	if err != nil {
		panic(scanError{err})
	}
	return v
}

// scanBool reads 0, 1, or t, true, f, false in any case. Another first rune reads as false.
func (s *scanState) scanBool(verb rune, width int) bool {
	if verb != 't' && verb != 'v' {
		s.badVerb(verb, "boolean")
	}
	s.startToken(verb, width)
	s.notEOF()
	r := s.readRune()
	rest := ""
	switch r {
	case '1':
		s.endToken()
		return true
	case 't', 'T':
		rest = "rue"
	case 'f', 'F':
		rest = "alse"
	}
	if rest != "" && s.accept(rest[:1]+string(rest[0]-'a'+'A')) {
		for i := 1; i < len(rest); i++ {
			if !s.accept(rest[i:i+1] + string(rest[i]-'a'+'A')) {
				s.fail("syntax error scanning boolean")
			}
		}
	}
	s.endToken()
	return r == 't' || r == 'T'
}

// scanString reads a run of runes up to a space (%v, %s), a Go string literal (%q), or bytes
// in hexadecimal (%x).
func (s *scanState) scanString(verb rune, width int) string {
	switch verb {
	case 'v', 's', 'q', 'x', 'X':
	default:
		s.badVerb(verb, "string")
	}
	s.startToken(verb, width)
	s.notEOF()
	switch verb {
	case 'q':
		return s.scanQuoted()
	case 'x', 'X':
		return s.scanHexBytes()
	}
	for {
		r := s.readRune()
		if r == eof {
			break
		}
		if isSpace(r) || r == '\n' {
			s.unreadRune()
			break
		}
		s.tok = utf8.AppendRune(s.tok, r)
	}
	return s.endToken()
}

// scanQuoted reads a "double-quoted" or `back-quoted` string literal and returns its value.
func (s *scanState) scanQuoted() string {
	quote := s.readRune()
	if quote != '"' && quote != '`' {
		s.fail("expected quoted string")
	}
	s.tok = utf8.AppendRune(s.tok, quote)
	for {
		r := s.readRune()
		if r == eof {
			panic(scanError{io.ErrUnexpectedEOF})
		}
		s.tok = utf8.AppendRune(s.tok, r)
		if r == '\\' && quote == '"' {
			if r = s.readRune(); r == eof {
				panic(scanError{io.ErrUnexpectedEOF})
			}
			s.tok = utf8.AppendRune(s.tok, r)
		} else if r == quote {
			break
		}
	}
	v, err := strconv.Unquote(s.endToken())
	if err != nil {
		panic(scanError{err})
	}
	return v
}

// scanHexBytes reads pairs of hexadecimal digits, each a byte of the result.
func (s *scanState) scanHexBytes() string {
	s.acceptAll("0123456789abcdefABCDEF")
	hex := s.endToken()
	if len(hex) == 0 || len(hex)%2 == 1 {
		s.fail("odd length hex string")
	}
	b := make([]byte, len(hex)/2)
	for i := range b {
		v, _ := strconv.ParseUint(hex[2*i:2*i+2], 16, 8)
		b[i] = byte(v)
	}
	return string(b)
}
