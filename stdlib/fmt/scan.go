// Scanning, written for minigo from the package's documentation: the Scan, Scanln and Scanf
// families read space-separated values into the variables their operands point to. An operand
// points to a bool, an integer, a float, a string or a []byte, or a variable of a type defined on
// one of them; its value is stored through internal/reflectlite. Complex numbers and the Scanner
// interface are not supported yet ("can't scan type").
package fmt

import (
	"internal/stringcore"
	"io"
	"os"
	"unicode/utf8"
)

// Scan reads space-separated values from standard input into its operands; newlines count as
// space. It returns how many operands it stored and, when that is fewer than all, why.
func Scan(a ...any) (n int, err error) { return Fscan(os.Stdin, a...) }

// Scanln is Scan that stops at a newline: the last operand must be followed by one or by EOF.
func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }

// Scanf reads from standard input as the format says (see Fscanf).
func Scanf(format string, a ...any) (n int, err error) { return Fscanf(os.Stdin, format, a...) }

// Sscan is Scan reading from str.
func Sscan(str string, a ...any) (n int, err error) { return Fscan(&stringReader{s: str}, a...) }

// Sscanln is Scanln reading from str.
func Sscanln(str string, a ...any) (n int, err error) { return Fscanln(&stringReader{s: str}, a...) }

// Sscanf is Scanf reading from str.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return Fscanf(&stringReader{s: str}, format, a...)
}

// Fscan is Scan reading from r. A reader with UnreadRune keeps the character read after the last
// value; from any other reader it is lost.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	s := newScanState(r, true)
	defer s.catch(&err)
	for _, arg := range a {
		s.scanOperand(arg, 'v', -1)
		n++
	}
	return n, nil
}

// Fscanln is Scanln reading from r.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	s := newScanState(r, false)
	defer s.catch(&err)
	for _, arg := range a {
		s.scanOperand(arg, 'v', -1)
		n++
	}
	s.expectLineEnd()
	return n, nil
}

// Fscanf reads from r as the format says. A verb (%d, %5s...) scans the next operand, skipping
// the spaces before it except for %c; a run of spaces in the format needs at least one space in
// the input (or its end); a newline in the format matches one in the input or its end, and the
// input's newlines match only those; any other character must come next in the input.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	s := newScanState(r, false)
	defer s.catch(&err)
	for i := 0; i < len(format); {
		c, size := utf8.DecodeRuneInString(format[i:])
		switch {
		case c == '%':
			width, verb, next := parseVerb(format, i+size)
			i = next
			if verb == '%' {
				s.skipSpaces()
				s.expectRune('%', "missing literal %")
				continue
			}
			if n == len(a) {
				s.fail("too few operands for format '%" + string(verb) + "'")
			}
			s.scanOperand(a[n], verb, width)
			n++
		case stringcore.IsSpace(c):
			end := i
			for end < len(format) && stringcore.IsSpace(rune(format[end])) {
				end++
			}
			s.matchFormatSpace(format[i:end])
			i = end
		default:
			s.expectRune(c, "input does not match format")
			i += size
		}
	}
	if n < len(a) {
		s.fail("too many operands")
	}
	return n, nil
}

// parseVerb reads the width and verb of the conversion whose text starts at format[i], after the
// '%'; width is -1 when there is none.
func parseVerb(format string, i int) (width int, verb rune, next int) {
	width = -1
	for i < len(format) && '0' <= format[i] && format[i] <= '9' {
		if width < 0 {
			width = 0
		}
		width = width*10 + int(format[i]-'0')
		i++
	}
	if i == len(format) {
		return width, '!', i // Go's "%!" for a missing verb
	}
	verb, size := utf8.DecodeRuneInString(format[i:])
	return width, verb, i + size
}

// stringReader reads the runes of a string, for Sscan and friends.
type stringReader struct {
	s    string
	at   int
	last int // size of the rune last read, for UnreadRune
}

func (r *stringReader) Read(p []byte) (int, error) {
	if r.at == len(r.s) {
		return 0, io.EOF
	}
	n := copy(p, r.s[r.at:])
	r.at += n
	return n, nil
}

func (r *stringReader) ReadRune() (rune, int, error) {
	if r.at == len(r.s) {
		return 0, 0, io.EOF
	}
	c, size := utf8.DecodeRuneInString(r.s[r.at:])
	r.at += size
	r.last = size
	return c, size, nil
}

func (r *stringReader) UnreadRune() error {
	r.at -= r.last
	r.last = 0
	return nil
}

// scanError carries a scanning error from where it is found to the scanning function's deferred
// catch, through a panic.
type scanError struct{ err error }

// isSpace reports whether r is a space that separates values. A newline is not: each scanning
// family decides what a newline means.
func isSpace(r rune) bool { return r != '\n' && stringcore.IsSpace(r) }

// catch, deferred by each scanning function, turns a scanError panic into the function's error.
func (s *scanState) catch(err *error) {
	if e := recover(); e != nil {
		se, ok := e.(scanError)
		if !ok {
			panic(e)
		}
		*err = se.err
	}
}
