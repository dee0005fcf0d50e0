package bytes

import (
	"errors"
	"internal/stringcore"
	"io"
	"unicode/utf8"
)

// MinRead is the least room ReadFrom offers to each Read.
const MinRead = 512

// ErrTooLarge is the panic of a Buffer that cannot grow as asked.
var ErrTooLarge = errors.New("bytes.Buffer: too large")

var errNegativeRead = errors.New("bytes.Buffer: reader returned negative count from Read")

// A Buffer is a byte buffer that is written at its end and read from its start; its zero value
// is an empty buffer ready to use.
type Buffer struct {
	buf      []byte // the unread bytes are buf[off:]
	off      int
	lastRead int // what the last operation was, for UnreadByte and UnreadRune: one of these
}

const (
	opInvalid = 0  // anything else
	opRead    = -1 // a read of bytes
	// a ReadRune: the size of the rune read, 1 to 4
)

// smallSize is the capacity a Buffer's first small allocation gets.
const smallSize = 64

// NewBuffer returns a Buffer that reads buf and then writes after it.
func NewBuffer(buf []byte) *Buffer { return &Buffer{buf: buf} }

// NewBufferString returns a Buffer that reads s.
func NewBufferString(s string) *Buffer { return &Buffer{buf: []byte(s)} }

// Bytes returns the unread bytes, which stay the Buffer's (valid until it is next changed).
func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }

// AvailableBuffer returns an empty slice with the Buffer's free room as its capacity.
func (b *Buffer) AvailableBuffer() []byte { return b.buf[len(b.buf):] }

// String returns the unread bytes as a string; a nil *Buffer gives "<nil>".
func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:])
}

// Len returns the number of unread bytes.
func (b *Buffer) Len() int { return len(b.buf) - b.off }

// Cap returns the capacity of the Buffer's storage.
func (b *Buffer) Cap() int { return cap(b.buf) }

// Available returns how many bytes can be written without growing.
func (b *Buffer) Available() int { return cap(b.buf) - len(b.buf) }

// Reset empties the Buffer, keeping its storage.
func (b *Buffer) Reset() {
	b.buf = b.buf[:0]
	b.off = 0
	b.lastRead = opInvalid
}

// Truncate keeps only the first n unread bytes. n out of [0, Len()] panics.
func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.lastRead = opInvalid
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}

// extend makes buf n bytes longer and returns where the new bytes start. It moves the unread
// bytes to the start of the storage when that frees enough room, and otherwise reallocates it
// at least twice as large.
func (b *Buffer) extend(n int) int {
	m := b.Len()
	if m == 0 && b.off != 0 {
		b.Reset()
	}
	if n <= cap(b.buf)-len(b.buf) {
		b.buf = b.buf[:len(b.buf)+n]
		return len(b.buf) - n
	}
	if b.buf == nil && n <= smallSize {
		b.buf = make([]byte, n, smallSize)
		return 0
	}
	c := cap(b.buf)
	if n <= c/2-m {
		copy(b.buf, b.buf[b.off:])
	} else if c > int(^uint(0)>>1)-c-n {
		panic(ErrTooLarge)
	} else {
		b.buf = stringcore.Grown(b.buf[b.off:], max(len(b.buf)+n, 2*(c-b.off)))
	}
	b.off = 0
	b.buf = b.buf[:m+n]
	return m
}

// Grow makes room for n more bytes without another allocation. A negative n panics.
func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	m := b.extend(n)
	b.buf = b.buf[:m]
}

// Write appends p; it always succeeds (or panics with ErrTooLarge).
func (b *Buffer) Write(p []byte) (n int, err error) {
	b.lastRead = opInvalid
	return copy(b.buf[b.extend(len(p)):], p), nil
}

// WriteString appends s; it always succeeds (or panics with ErrTooLarge).
func (b *Buffer) WriteString(s string) (n int, err error) {
	b.lastRead = opInvalid
	return copy(b.buf[b.extend(len(s)):], s), nil
}

// WriteByte appends c; it always succeeds (or panics with ErrTooLarge).
func (b *Buffer) WriteByte(c byte) error {
	b.lastRead = opInvalid
	b.buf[b.extend(1)] = c
	return nil
}

// WriteRune appends r's UTF-8 encoding; it always succeeds (or panics with ErrTooLarge).
func (b *Buffer) WriteRune(r rune) (n int, err error) {
	if uint32(r) < utf8.RuneSelf {
		b.WriteByte(byte(r))
		return 1, nil
	}
	b.lastRead = opInvalid
	m := b.extend(utf8.UTFMax)
	b.buf = utf8.AppendRune(b.buf[:m], r)
	return len(b.buf) - m, nil
}

// ReadFrom appends what r gives until io.EOF, which is not returned; it returns the number of
// bytes read.
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.lastRead = opInvalid
	for {
		i := b.extend(MinRead)
		b.buf = b.buf[:i]
		m, e := r.Read(b.buf[i:cap(b.buf)])
		if m < 0 {
			panic(errNegativeRead)
		}
		b.buf = b.buf[:i+m]
		n += int64(m)
		if e == io.EOF {
			return n, nil
		}
		if e != nil {
			return n, e
		}
	}
}
