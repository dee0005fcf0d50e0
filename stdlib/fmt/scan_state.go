package fmt

import (
	"errors"
	"io"
	"unicode/utf8"
)

// eof is what readRune returns at the end of the input, or of an operand's width.
const eof = -1

// scanState reads the runes of one scanning call.
type scanState struct {
	r     io.Reader
	runes io.RuneScanner // r, when it can unread a rune; nil when r is a plain Reader
	// A plain Reader's rune put back by unreadRune. It is lost when the call returns, as Go's is.
	pending    rune
	hasPending bool
	last       rune // the rune readRune returned last
	buf        [utf8.UTFMax]byte
	nlIsSpace  bool // Scan: newlines separate values as spaces do
	limit      int  // runes the operand being scanned may still read (its width); -1: no limit
	tok        []byte
}

func newScanState(r io.Reader, nlIsSpace bool) *scanState {
	s := &scanState{r: r, nlIsSpace: nlIsSpace, limit: -1}
	s.runes, _ = r.(io.RuneScanner)
	return s
}

// fail ends the scanning call with the error text.
func (s *scanState) fail(text string) { panic(scanError{errors.New(text)}) }

func (s *scanState) readRune() rune {
	if s.limit == 0 {
		return eof
	}
	var r rune
	switch {
	case s.hasPending:
		r, s.hasPending = s.pending, false
	case s.runes != nil:
		c, _, err := s.runes.ReadRune()
		if err == io.EOF {
			return eof
		}
		if err != nil {
			panic(scanError{err})
		}
		r = c
	default:
		r = s.readUTF8()
		if r == eof {
			return eof
		}
	}
	if s.limit > 0 {
		s.limit--
	}
	s.last = r
	return r
}

// unreadRune puts back the rune readRune returned last (not eof).
func (s *scanState) unreadRune() {
	if s.runes != nil {
		s.runes.UnreadRune()
	} else {
		s.pending, s.hasPending = s.last, true
	}
	if s.limit >= 0 {
		s.limit++
	}
}

// peek is the next rune, left unread.
func (s *scanState) peek() rune {
	r := s.readRune()
	if r != eof {
		s.unreadRune()
	}
	return r
}

// readUTF8 reads one rune from a plain Reader, a byte at a time: what follows the rune stays
// in the reader.
func (s *scanState) readUTF8() rune {
	if !s.readByte(0) {
		return eof
	}
	if s.buf[0] < utf8.RuneSelf {
		return rune(s.buf[0])
	}
	n := 1
	for n < utf8.UTFMax && !utf8.FullRune(s.buf[:n]) && s.readByte(n) {
		n++
	}
	r, _ := utf8.DecodeRune(s.buf[:n])
	return r
}

// readByte reads one byte into buf[i]; false at EOF.
func (s *scanState) readByte(i int) bool {
	for {
		n, err := s.r.Read(s.buf[i : i+1])
		if n == 1 {
			return true
		}
		if err == io.EOF {
			return false
		}
		if err != nil {
			panic(scanError{err})
		}
	}
}

// skipSpaces skips spaces other than newlines.
func (s *scanState) skipSpaces() {
	for {
		r := s.readRune()
		if r == eof {
			return
		}
		if !isSpace(r) {
			s.unreadRune()
			return
		}
	}
}

// skipToOperand skips the spaces before an operand. A newline is one for Scan; for Scanln and
// Scanf the operand is missing.
func (s *scanState) skipToOperand() {
	s.skipSpaces()
	if s.peek() == '\n' {
		if !s.nlIsSpace {
			s.fail("unexpected newline")
		}
		s.readRune()
		s.skipToOperand()
	}
}

// notEOF ends the call with io.EOF when the input has ended.
func (s *scanState) notEOF() {
	if s.peek() == eof {
		panic(scanError{io.EOF})
	}
}

// expectLineEnd reads what follows Scanln's last operand: spaces, then a newline or the end.
func (s *scanState) expectLineEnd() {
	s.skipSpaces()
	if r := s.readRune(); r != eof && r != '\n' {
		s.fail("expected newline")
	}
}

// expectRune reads r, or ends the call with the error text.
func (s *scanState) expectRune(r rune, text string) {
	if c := s.readRune(); c != r {
		if c != eof {
			s.unreadRune()
		}
		s.fail(text)
	}
}

// matchFormatSpace matches a run of spaces and newlines of Scanf's format. Without a newline it
// needs a space in the input, or its end, and skips the spaces; each newline skips spaces and
// matches a newline of the input, or its end.
func (s *scanState) matchFormatSpace(run string) {
	newlines := 0
	for i := 0; i < len(run); i++ {
		if run[i] == '\n' {
			newlines++
		}
	}
	if newlines == 0 {
		switch r := s.peek(); {
		case r == '\n':
			s.fail("newline in input does not match format")
		case r != eof && !isSpace(r):
			s.fail("expected space in input to match format")
		}
		s.skipSpaces()
		return
	}
	for ; newlines > 0; newlines-- {
		s.skipSpaces()
		switch s.readRune() {
		case eof:
			return
		case '\n':
		default:
			s.fail("newline in format does not match input")
		}
	}
	if run[len(run)-1] != '\n' {
		s.skipSpaces()
	}
}

// accept reads the next rune into the token when it is one of set.
func (s *scanState) accept(set string) bool {
	r := s.readRune()
	if r == eof {
		return false
	}
	for _, c := range set {
		if r == c {
			s.tok = utf8.AppendRune(s.tok, r)
			return true
		}
	}
	s.unreadRune()
	return false
}

// acceptAll accepts runes of set while there are; it reports whether there was one.
func (s *scanState) acceptAll(set string) bool {
	found := false
	for s.accept(set) {
		found = true
	}
	return found
}
