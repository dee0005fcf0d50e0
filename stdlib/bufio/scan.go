package bufio

import (
	"errors"
	"internal/stringcore"
	"io"
	"unicode/utf8"
)

// SplitFunc cuts the next token out of the input data: it returns how many bytes to advance
// past, the token (nil for none yet) and an error that stops the scan. With atEOF false and no
// complete token in data, it returns 0, nil, nil to ask for more input.
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

// The Scanner's errors.
var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrBadReadCount    = errors.New("bufio.Scanner: Read returned impossible count")
	// ErrFinalToken, returned by a SplitFunc, makes its token the last one.
	ErrFinalToken = errors.New("final token")
)

const (
	// MaxScanTokenSize is the default largest token a Scanner accepts.
	MaxScanTokenSize = 64 * 1024
	// The size of a Scanner's first buffer, doubled as tokens need.
	startBufSize = 4096
	// How many empty reads, or empty tokens without advancing, mean no progress.
	maxEmptyCalls = 100
)

// Scanner reads input as a sequence of tokens (lines by default) cut by a SplitFunc.
type Scanner struct {
	r          io.Reader
	split      SplitFunc
	maxSize    int    // the largest token (and buffer) allowed
	buf        []byte // buf[start:end] is the input not yet consumed
	start, end int
	token      []byte
	err        error // the first error: io.EOF once the input is exhausted
	emptyRuns  int   // consecutive empty tokens without advancing
	scanned    bool  // Scan has been called: Buffer and Split may no longer be
	done       bool
}

// NewScanner returns a Scanner reading r, splitting it into lines.
func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: r, split: ScanLines, maxSize: MaxScanTokenSize}
}

// Err is the first error the Scanner met, other than io.EOF.
func (s *Scanner) Err() error {
	if s.err == io.EOF {
		return nil
	}
	return s.err
}

// Bytes is the latest token. Its bytes may be overwritten by the next Scan.
func (s *Scanner) Bytes() []byte { return s.token }

// Text is the latest token, as a string.
func (s *Scanner) Text() string { return string(s.token) }

// Buffer sets the buffer to start with (its capacity is used) and the largest token size. It
// panics once scanning has started.
func (s *Scanner) Buffer(buf []byte, max int) {
	if s.scanned {
		panic("Buffer called after Scan")
	}
	s.buf = buf[0:cap(buf)]
	s.maxSize = max
}

// Split sets the split function. It panics once scanning has started.
func (s *Scanner) Split(split SplitFunc) {
	if s.scanned {
		panic("Split called after Scan")
	}
	s.split = split
}

// Scan advances to the next token, and reports whether there is one. At the end of the input
// or after an error it returns false; Err tells which.
func (s *Scanner) Scan() bool {
	if s.done {
		return false
	}
	s.scanned = true
	for {
		// Cut a token from what is buffered; at EOF, even from nothing.
		if s.end > s.start || s.err != nil {
			advance, token, err := s.split(s.buf[s.start:s.end], s.err != nil)
			if err != nil {
				if err == ErrFinalToken {
					s.token = token
					s.done = true
					return token != nil
				}
				s.fail(err)
				return false
			}
			if !s.advance(advance) {
				return false
			}
			s.token = token
			if token != nil {
				if s.err == nil || advance > 0 {
					s.emptyRuns = 0
				} else if s.emptyRuns++; s.emptyRuns > maxEmptyCalls {
					panic("bufio.Scan: too many empty tokens without progressing")
				}
				return true
			}
		}
		if s.err != nil {
			s.start, s.end = 0, 0
			return false
		}
		if !s.makeRoom() {
			return false
		}
		s.readMore()
	}
}

// advance consumes n bytes of the buffered input, or records why it cannot.
func (s *Scanner) advance(n int) bool {
	if n < 0 {
		s.fail(ErrNegativeAdvance)
		return false
	}
	if n > s.end-s.start {
		s.fail(ErrAdvanceTooFar)
		return false
	}
	s.start += n
	return true
}

// makeRoom makes space after the buffered input: it moves that input to the front, or grows
// the buffer (up to the largest token size).
func (s *Scanner) makeRoom() bool {
	if s.start > 0 && (s.end == len(s.buf) || s.start > len(s.buf)/2) {
		copy(s.buf, s.buf[s.start:s.end])
		s.end -= s.start
		s.start = 0
	}
	if s.end < len(s.buf) {
		return true
	}
	if len(s.buf) >= s.maxSize {
		s.fail(ErrTooLong)
		return false
	}
	size := 2 * len(s.buf)
	if size == 0 {
		size = startBufSize
	}
	size = min(size, s.maxSize)
	grown := make([]byte, size)
	copy(grown, s.buf[s.start:s.end])
	s.end -= s.start
	s.start = 0
	s.buf = grown
	return true
}

// readMore reads into the free space once, or until a read gives some bytes or an error.
func (s *Scanner) readMore() {
	for empty := 0; ; {
		n, err := s.r.Read(s.buf[s.end:len(s.buf)])
		if n < 0 || n > len(s.buf)-s.end {
			s.fail(ErrBadReadCount)
			return
		}
		s.end += n
		if err != nil {
			s.fail(err)
			return
		}
		if n > 0 {
			return
		}
		if empty++; empty >= maxEmptyCalls {
			s.fail(io.ErrNoProgress)
			return
		}
	}
}

// fail records err unless an error other than io.EOF is already recorded.
func (s *Scanner) fail(err error) {
	if s.err == nil || s.err == io.EOF {
		s.err = err
	}
}

// ScanBytes is a SplitFunc whose tokens are single bytes.
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if len(data) == 0 {
		return 0, nil, nil
	}
	return 1, data[0:1], nil
}

// ScanRunes is a SplitFunc whose tokens are UTF-8 encoded runes; an invalid encoding is a
// token of its own, U+FFFD's encoding, one byte long in the input.
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if len(data) == 0 || !atEOF && !utf8.FullRune(data) {
		return 0, nil, nil
	}
	r, size := utf8.DecodeRune(data)
	if r == utf8.RuneError && size == 1 {
		return 1, []byte(string(utf8.RuneError)), nil
	}
	return size, data[:size], nil
}

// ScanLines is a SplitFunc whose tokens are lines without their end: "\n" or "\r\n". The last
// line may lack an end; an empty last line is no token.
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	for i, c := range data {
		if c == '\n' {
			return i + 1, dropCR(data[:i]), nil
		}
	}
	if atEOF && len(data) > 0 {
		return len(data), dropCR(data), nil
	}
	return 0, nil, nil
}

func dropCR(line []byte) []byte {
	if len(line) > 0 && line[len(line)-1] == '\r' {
		return line[:len(line)-1]
	}
	return line
}

// ScanWords is a SplitFunc whose tokens are the words of the input, separated by Unicode
// white space.
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start := 0
	for start < len(data) {
		r, size := utf8.DecodeRune(data[start:])
		if !stringcore.IsSpace(r) {
			break
		}
		start += size
	}
	for i := start; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if stringcore.IsSpace(r) {
			return i + size, data[start:i], nil
		}
		i += size
	}
	if atEOF && len(data) > start {
		return len(data), data[start:], nil
	}
	return start, nil, nil
}
