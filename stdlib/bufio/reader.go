// Package bufio: buffered reading (Reader), writing (Writer) and tokenizing (Scanner) over the
// io interfaces, written for minigo from the package's documentation.
package bufio

import (
	"errors"
	"io"
	"unicode/utf8"
)

// The Reader's and Writer's errors.
var (
	ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")
	ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")
	ErrBufferFull        = errors.New("bufio: buffer full")
	ErrNegativeCount     = errors.New("bufio: negative count")
)

const (
	defaultBufSize = 4096
	minReadBufSize = 16
)

// Reader buffers an io.Reader.
type Reader struct {
	buf      []byte
	rd       io.Reader
	r, w     int   // buf[r:w] is buffered and not yet read
	err      error // the underlying reader's error, returned once the buffer is drained
	lastByte int   // the last byte read, for UnreadByte; -1 when there is none to unread
	lastSize int   // the size of the last rune ReadRune read, for UnreadRune; -1 when none
}

// NewReaderSize returns a Reader whose buffer holds at least size bytes (16 at least). When rd
// is already such a Reader, it is returned.
func NewReaderSize(rd io.Reader, size int) *Reader {
	if b, ok := rd.(*Reader); ok && len(b.buf) >= size {
		return b
	}
	size = max(size, minReadBufSize)
	return &Reader{buf: make([]byte, size), rd: rd, lastByte: -1, lastSize: -1}
}

// NewReader returns a Reader with the default buffer size (4096 bytes).
func NewReader(rd io.Reader) *Reader {
	return NewReaderSize(rd, defaultBufSize)
}

// Size is the size of the buffer.
func (b *Reader) Size() int { return len(b.buf) }

// Buffered is the number of bytes that can be read from the buffer.
func (b *Reader) Buffered() int { return b.w - b.r }

// Reset discards the buffered data and makes b read from r.
func (b *Reader) Reset(r io.Reader) {
	if b.buf == nil {
		b.buf = make([]byte, defaultBufSize)
	}
	*b = Reader{buf: b.buf, rd: r, lastByte: -1, lastSize: -1}
}

// fill reads one more chunk into the buffer, after moving the unread bytes to its front. A
// reader that keeps returning nothing and no error is given up on.
func (b *Reader) fill() {
	if b.r > 0 {
		copy(b.buf, b.buf[b.r:b.w])
		b.w -= b.r
		b.r = 0
	}
	if b.w >= len(b.buf) {
		panic("bufio: tried to fill full buffer")
	}
	for i := 0; i < maxEmptyCalls; i++ {
		n, err := b.rd.Read(b.buf[b.w:])
		if n < 0 {
			panic(errNegativeRead)
		}
		b.w += n
		if err != nil {
			b.err = err
			return
		}
		if n > 0 {
			return
		}
	}
	b.err = io.ErrNoProgress
}

var errNegativeRead = errors.New("bufio: reader returned negative count from Read")

// takeErr returns the underlying reader's pending error, and forgets it.
func (b *Reader) takeErr() error {
	err := b.err
	b.err = nil
	return err
}

// Read reads up to len(p) bytes: what is buffered, else at most one Read of the underlying
// reader (straight into p when p is at least as large as the buffer).
func (b *Reader) Read(p []byte) (n int, err error) {
	if len(p) == 0 {
		if b.Buffered() > 0 {
			return 0, nil
		}
		return 0, b.takeErr()
	}
	if b.r == b.w {
		if b.err != nil {
			return 0, b.takeErr()
		}
		if len(p) >= len(b.buf) {
			n, b.err = b.rd.Read(p)
			if n < 0 {
				panic(errNegativeRead)
			}
			if n > 0 {
				b.lastByte = int(p[n-1])
				b.lastSize = -1
			}
			return n, b.takeErr()
		}
		b.r, b.w = 0, 0
		n, b.err = b.rd.Read(b.buf)
		if n < 0 {
			panic(errNegativeRead)
		}
		if n == 0 {
			return 0, b.takeErr()
		}
		b.w += n
	}
	n = copy(p, b.buf[b.r:b.w])
	b.r += n
	b.lastByte = int(b.buf[b.r-1])
	b.lastSize = -1
	return n, nil
}

// ReadByte reads one byte.
func (b *Reader) ReadByte() (byte, error) {
	b.lastSize = -1
	for b.r == b.w {
		if b.err != nil {
			return 0, b.takeErr()
		}
		b.fill()
	}
	c := b.buf[b.r]
	b.r++
	b.lastByte = int(c)
	return c, nil
}

// UnreadByte unreads the last byte read; only a byte read by the latest read operation can be.
func (b *Reader) UnreadByte() error {
	if b.lastByte < 0 || b.r == 0 && b.w > 0 {
		return ErrInvalidUnreadByte
	}
	if b.r > 0 {
		b.r--
	} else {
		b.w = 1 // the buffer is empty: the byte becomes its only content
	}
	b.buf[b.r] = byte(b.lastByte)
	b.lastByte = -1
	b.lastSize = -1
	return nil
}

// ReadRune reads one UTF-8 encoded rune and returns it with its size in bytes; an invalid
// encoding reads as U+FFFD of size 1.
func (b *Reader) ReadRune() (r rune, size int, err error) {
	for b.r+utf8.UTFMax > b.w && !utf8.FullRune(b.buf[b.r:b.w]) && b.err == nil && b.w-b.r < len(b.buf) {
		b.fill()
	}
	b.lastSize = -1
	if b.r == b.w {
		return 0, 0, b.takeErr()
	}
	r, size = utf8.DecodeRune(b.buf[b.r:b.w])
	b.r += size
	b.lastByte = int(b.buf[b.r-1])
	b.lastSize = size
	return r, size, nil
}

// UnreadRune unreads the last rune; only right after a ReadRune.
func (b *Reader) UnreadRune() error {
	if b.lastSize < 0 || b.r < b.lastSize {
		return ErrInvalidUnreadRune
	}
	b.r -= b.lastSize
	b.lastByte = -1
	b.lastSize = -1
	return nil
}

// Peek returns the next n bytes without reading them; fewer, with an error, when the input
// ends first (ErrBufferFull when n is larger than the buffer).
func (b *Reader) Peek(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNegativeCount
	}
	b.lastByte = -1
	b.lastSize = -1
	for b.w-b.r < n && b.w-b.r < len(b.buf) && b.err == nil {
		b.fill()
	}
	if n > len(b.buf) {
		return b.buf[b.r:b.w], ErrBufferFull
	}
	var err error
	if avail := b.w - b.r; avail < n {
		n = avail
		err = b.takeErr()
		if err == nil {
			err = ErrBufferFull
		}
	}
	return b.buf[b.r : b.r+n], err
}

// Discard skips the next n bytes and returns how many it skipped.
func (b *Reader) Discard(n int) (discarded int, err error) {
	if n < 0 {
		return 0, ErrNegativeCount
	}
	b.lastByte = -1
	b.lastSize = -1
	for discarded < n {
		if b.r == b.w {
			if b.err != nil {
				return discarded, b.takeErr()
			}
			b.fill()
			continue
		}
		skip := min(n-discarded, b.w-b.r)
		b.r += skip
		discarded += skip
	}
	return discarded, nil
}

// ReadSlice reads up to and including the first delim, and returns the bytes in the buffer
// (valid until the next read). Without delim it returns what it read and the error: the
// reader's, or ErrBufferFull when the buffer filled first.
func (b *Reader) ReadSlice(delim byte) (line []byte, err error) {
	searched := 0 // buf[b.r : b.r+searched] holds no delim
	for {
		for i := b.r + searched; i < b.w; i++ {
			if b.buf[i] == delim {
				line = b.buf[b.r : i+1]
				b.r = i + 1
				break
			}
		}
		if line != nil {
			break
		}
		if b.err != nil {
			line = b.buf[b.r:b.w]
			b.r = b.w
			err = b.takeErr()
			break
		}
		if b.Buffered() >= len(b.buf) {
			b.r = b.w
			line = b.buf
			err = ErrBufferFull
			break
		}
		searched = b.w - b.r
		b.fill()
	}
	if i := len(line) - 1; i >= 0 {
		b.lastByte = int(line[i])
		b.lastSize = -1
	}
	return line, err
}

// ReadBytes reads up to and including the first delim, into a new slice; without delim, it
// returns what it read and the error (often io.EOF).
func (b *Reader) ReadBytes(delim byte) ([]byte, error) {
	var all []byte
	for {
		line, err := b.ReadSlice(delim)
		all = append(all, line...)
		if err != ErrBufferFull {
			return all, err
		}
	}
}

// ReadString is ReadBytes as a string.
func (b *Reader) ReadString(delim byte) (string, error) {
	all, err := b.ReadBytes(delim)
	return string(all), err
}
